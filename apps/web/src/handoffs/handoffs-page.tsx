import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { HandoffList } from './handoff-list';
import { DEPARTMENT_TABS, TENANT_TABS, type HandoffTab } from './handoff-tabs';
import { LookBacksDue } from './look-backs-due';

function TabContent({ tab }: { tab: HandoffTab }) {
  return tab.source === 'lookBacksDue' ? (
    <LookBacksDue emptyText={tab.emptyText} />
  ) : (
    <HandoffList filter={tab.source} emptyText={tab.emptyText} />
  );
}

/**
 * 交办: a department's handoffs by where they stand (交办件), or what a congress office has to act on. The
 * open tab is kept in the address so going back from a handoff returns to it.
 */
export default function HandoffsPage() {
  const user = useCurrentUser();
  const isDepartment = user.roles.includes('DEPARTMENT');
  const tabs = isDepartment ? DEPARTMENT_TABS : TENANT_TABS;
  const [params, setParams] = useSearchParams();
  const active = tabs.find((tab) => tab.key === params.get('tab')) ?? tabs[0];
  return (
    <div>
      <Typography.Title level={3}>{isDepartment ? '交办件' : '交办'}</Typography.Title>
      <Card size="small">
        <Tabs
          activeKey={active?.key}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={tabs.map((tab) => ({ key: tab.key, label: tab.label, children: <TabContent tab={tab} /> }))}
        />
      </Card>
    </div>
  );
}
