import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { AllFindingsTab } from './all-findings-tab';
import { canDecide } from './finding-permissions';
import { HandoffTab } from './handoff-tab';
import { ReviewTab } from './review-tab';

/**
 * 问题: review what lower units reported, browse every finding of the subtree, and hand accepted ones over.
 * Reviewing and handing over are a coordinator's; others see the full list only. The open tab is kept in
 * the address (?tab=…), so a reload or a link lands on it.
 */
export default function FindingsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const decides = canDecide(user);
  const items = [
    ...(decides ? [{ key: 'review', label: '待审核', children: <ReviewTab /> }] : []),
    { key: 'all', label: '全部问题', children: <AllFindingsTab /> },
    ...(decides ? [{ key: 'handoff', label: '待交办', children: <HandoffTab /> }] : []),
  ];
  const requested = params.get('tab');
  const active = items.find((item) => item.key === requested)?.key ?? items[0]?.key;
  return (
    <>
      <Typography.Title level={3}>问题</Typography.Title>
      <Tabs
        activeKey={active}
        items={items}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
      />
    </>
  );
}
