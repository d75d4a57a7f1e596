import { App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { useAuth } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import { ChangePasswordDocument } from '../graphql/generated/graphql';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * 修改密码. The API ends every session of the account when the password changes, so this one ends too and
 * the user signs in again with the new password.
 */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { logout } = useAuth();
  const [form] = Form.useForm<PasswordChange>();
  const [changing, change] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    const result = await change({ currentPassword, newPassword });
    if (result.error) {
      const fields = fieldErrors(result.error).filter(
        (f) => f.field === 'currentPassword' || f.field === 'newPassword',
      );
      form.setFields(
        fields.length > 0
          ? fields.map((f) => ({ name: f.field as keyof PasswordChange, errors: [f.message] }))
          : [{ name: 'currentPassword', errors: [errorMessage(result.error)] }],
      );
      return;
    }
    onClose();
    void message.success('密码已修改,请用新密码重新登录');
    await logout();
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="修改"
      cancelText="取消"
      confirmLoading={changing.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
        <Form.Item
          name="currentPassword"
          label="当前密码"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 10 位,含大小写字母、数字、符号或汉字中的三类"
          rules={[
            { required: true, message: '请输入新密码' },
            { min: 10, message: '新密码至少 10 位' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
