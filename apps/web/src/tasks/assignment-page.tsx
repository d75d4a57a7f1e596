import { ComingSoonPage } from '../pages/coming-soon-page';

export default function Page() {
  return <ComingSoonPage title="任务详情" />;
}
