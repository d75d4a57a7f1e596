import { ComingSoonPage } from '../pages/coming-soon-page';

export default function Page() {
  return <ComingSoonPage title="消息" />;
}
