import { Alert, Button, Card, Form, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useAuth } from './auth-context';
import { PasswordChangeFields, usePasswordChange, type PasswordChange } from './password-change';

export const INITIAL_PASSWORD_PATH = '/change-password';

/**
 * 修改初始密码: an account holding a password an administrator issued (a new account, a reset) is sent here
 * and nowhere else until it sets its own; then it signs in again with the new one.
 */
export function InitialPasswordPage() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordChange>();
  const { changing, submit } = usePasswordChange(form);

  if (!user) {
    return <Navigate to="/login" replace />;
  }
  if (!user.mustChangePassword) {
    return <Navigate to="/dashboard" replace />;
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }} data-testid="initial-password">
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          修改初始密码
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${user.displayName}(${user.username}),您正在使用管理员发放的临时密码`}
          description="为保障账号安全,请先设置自己的密码。修改后请用新密码重新登录,之后即可正常使用。"
        />
        <Form<PasswordChange>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
        >
          <PasswordChangeFields currentLabel="临时密码" />
          <Button type="primary" htmlType="submit" block loading={changing}>
            修改密码
          </Button>
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={() => void logout().then(() => navigate('/login'))}
          >
            退出登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
