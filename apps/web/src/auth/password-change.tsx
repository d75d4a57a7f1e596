import { App, Form, Input, type FormInstance } from 'antd';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import { ChangePasswordDocument } from '../graphql/generated/graphql';
import { useAuth } from './auth-context';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * Changes the password. The API ends every session of the account when it does, so this one ends too and the
 * person signs in again with the new password. A refusal shows beside the field it names.
 */
export function usePasswordChange(form: FormInstance<PasswordChange>) {
  const { message } = App.useApp();
  const { logout } = useAuth();
  const [changing, change] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, newPassword }: PasswordChange): Promise<boolean> => {
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
      return false;
    }
    void message.success('密码已修改,请用新密码重新登录');
    await logout();
    return true;
  };
  return { changing: changing.fetching, submit };
}

/** The current password, the new one and its confirmation, with the password rules beside them. */
export function PasswordChangeFields({ currentLabel = '当前密码' }: { currentLabel?: string }) {
  return (
    <>
      <Form.Item
        name="currentPassword"
        label={currentLabel}
        rules={[{ required: true, message: `请输入${currentLabel}` }]}
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
    </>
  );
}
