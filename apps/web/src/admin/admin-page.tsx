import { Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { AccountsCard } from './accounts/accounts-card';
import { ADMIN_TAB_LABEL, adminTabOf, adminTabPath, adminTabsFor, type AdminTab } from './admin-tabs';
import { BodiesCard } from './bodies/bodies-card';
import { CalendarCard } from './calendar-card';
import { CommitteesCard } from './committees/committees-card';
import { MethodsCard } from './methods-card';
import { QueueDashboardLink } from './queue-dashboard-link';
import { UnitsCard } from './units/units-card';

const CONTENT: Record<AdminTab, () => ReactNode> = {
  catalogue: () => (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <MethodsCard />
      <CalendarCard />
    </Space>
  ),
  units: () => <UnitsCard />,
  committees: () => <CommitteesCard />,
  accounts: () => <AccountsCard />,
  bodies: () => <BodiesCard />,
};

/**
 * 系统管理: the platform's method catalogue and working-day calendar (administrator), and the office's own
 * units, committees and accounts (administrator or coordinator). The open tab is kept in the address.
 */
export default function AdminPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { tab: param } = useParams();
  const tabs = adminTabsFor(user.roles);
  const active = adminTabOf(param, tabs);
  return (
    <div>
      <Space align="baseline" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>系统管理</Typography.Title>
        {/* Offered to every ADMIN; the API itself admits only the top-level tenant's. */}
        {user.roles.includes('ADMIN') ? <QueueDashboardLink /> : null}
      </Space>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(adminTabPath(key as AdminTab, tabs))}
        destroyOnHidden
        items={tabs.map((tab) => ({ key: tab, label: ADMIN_TAB_LABEL[tab], children: CONTENT[tab]() }))}
      />
    </div>
  );
}
