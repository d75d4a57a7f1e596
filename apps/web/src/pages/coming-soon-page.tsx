import { Result } from 'antd';

/** A menu entry whose page is not built yet says so, instead of showing an empty or broken screen. */
export function ComingSoonPage({ title }: { title: string }) {
  return <Result status="info" title={title} subTitle="此功能正在建设中,敬请期待。" />;
}
