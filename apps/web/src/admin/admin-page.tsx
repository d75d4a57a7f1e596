import { Space, Typography } from 'antd';
import { CalendarCard } from './calendar-card';
import { MethodsCard } from './methods-card';

/** 系统管理 (ADMIN accounts): the supervision-method catalogue and the working-day calendar. */
export default function AdminPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>系统管理</Typography.Title>
      <MethodsCard />
      <CalendarCard />
    </Space>
  );
}
