import {
  AuditOutlined,
  BellOutlined,
  BarChartOutlined,
  DownOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  GlobalOutlined,
  IdcardOutlined,
  KeyOutlined,
  LikeOutlined,
  LogoutOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SendOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useCurrentUser } from '../auth/auth-context';
import { LEVEL_LABEL, ROLE_LABEL } from '../common/labels';
import { NotificationBell } from '../notifications/notification-bell';
import { ChangePasswordDialog } from './change-password-dialog';
import { navigationFor, type Section } from './navigation';

const ICONS: Record<Section, ReactNode> = {
  dashboard: <BarChartOutlined />,
  committeeProgress: <TeamOutlined />,
  plans: <ScheduleOutlined />,
  tasks: <ProfileOutlined />,
  findings: <FileSearchOutlined />,
  handoffs: <SendOutlined />,
  ledger: <AuditOutlined />,
  sessions: <SolutionOutlined />,
  appraisals: <LikeOutlined />,
  referrals: <NodeIndexOutlined />,
  deputies: <IdcardOutlined />,
  disclosures: <GlobalOutlined />,
  experts: <ExperimentOutlined />,
  notifications: <BellOutlined />,
  admin: <SettingOutlined />,
};

/** The frame of every signed-in page: the account's menu on the left, who is signed in at the top. */
export function AppLayout() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);
  const items = navigationFor(user);
  const selected = items.find((item) => location.pathname.startsWith(item.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 24px', fontSize: 18, fontWeight: 600 }}>联动监督</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items.map((item) => ({ key: item.path, icon: ICONS[item.section], label: item.label }))}
          onClick={({ key }) => void navigate(key)}
          data-testid="side-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', paddingInline: 24 }}
        >
          <Space size="middle">
            <NotificationBell />
            <Typography.Text data-testid="current-tenant">
              {user.tenant.name}
              <Typography.Text type="secondary"> · {LEVEL_LABEL[user.tenant.level]}</Typography.Text>
            </Typography.Text>
            {/* Opened by a click or the keyboard, not by hover: a hover menu closes under a pointer on its way. */}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [{ key: 'password', icon: <KeyOutlined />, label: '修改密码' }],
                onClick: () => setChangingPassword(true),
              }}
            >
              <Button type="text" icon={<DownOutlined />} iconPosition="end" data-testid="account-menu">
                {user.displayName}({user.roles.map((role) => ROLE_LABEL[role]).join('、')})
              </Button>
            </Dropdown>
            <Button
              icon={<LogoutOutlined />}
              onClick={() => void logout().then(() => navigate('/login'))}
              data-testid="logout"
            >
              退出
            </Button>
          </Space>
        </Layout.Header>
        <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
