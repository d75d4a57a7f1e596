import { Form, Modal } from 'antd';
import { PasswordChangeFields, usePasswordChange, type PasswordChange } from '../auth/password-change';

/**
 * 修改密码. The API ends every session of the account when the password changes, so this one ends too and
 * the user signs in again with the new password.
 */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PasswordChange>();
  const { changing, submit } = usePasswordChange(form);

  const change = async (values: PasswordChange) => {
    if (await submit(values)) {
      onClose();
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="修改"
      cancelText="取消"
      confirmLoading={changing}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void change(values)} preserve={false}>
        <PasswordChangeFields />
      </Form>
    </Modal>
  );
}
