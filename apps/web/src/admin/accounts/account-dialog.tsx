import { Form, Input, Modal, Select } from 'antd';
import { useMutation } from 'urql';
import { useCurrentUser } from '../../auth/auth-context';
import { ROLE_LABEL } from '../../common/labels';
import {
  CreateAccountDocument,
  UpdateAccountDocument,
  type AccountRowFragment,
  type AccountsQuery,
} from '../../graphql/generated/graphql';
import { formProblems } from '../form-refusal';
import {
  accountUpdateInput,
  grantableRoles,
  isDepartmentAccount,
  newAccountInput,
  placementProblem,
  type AccountValues,
} from './account-form';
import type { Issued } from './issued-password';

/** The options to pick from, with the account's present one even when it has been retired meanwhile. */
function withCurrent(
  choices: ReadonlyArray<{ id: string; name: string }> | undefined,
  current: { id: string; name: string } | null | undefined,
): Array<{ value: string; label: string }> {
  const all =
    current && !choices?.some((choice) => choice.id === current.id)
      ? [...(choices ?? []), current]
      : (choices ?? []);
  return all.map((choice) => ({ value: choice.id, label: choice.name }));
}

const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,39}$/;
const FIELDS = ['username', 'displayName', 'roles', 'departmentId', 'committeeId'] as const;

/**
 * 新建 or 修改 an account. Only the roles the caller may grant are offered; a 承办单位 account names its
 * unit, any other may name its committee. A new account's temporary password is handed to `onCreated`.
 */
export function AccountDialog({
  account,
  open,
  choices,
  onClose,
  onSaved,
  onCreated,
}: {
  /** The account to change, or null to create one. */
  account: AccountRowFragment | null;
  open: boolean;
  /** The tenant's units and committees in use, to pick from. */
  choices: Pick<AccountsQuery, 'departments' | 'committees'> | undefined;
  onClose: () => void;
  onSaved: () => void;
  onCreated: (issued: Issued) => void;
}) {
  const user = useCurrentUser();
  const [form] = Form.useForm<AccountValues>();
  const roles = Form.useWatch('roles', form);
  const [creating, create] = useMutation(CreateAccountDocument);
  const [updating, update] = useMutation(UpdateAccountDocument);
  const forUnit = isDepartmentAccount(roles);

  const submit = async (values: AccountValues) => {
    const problem = placementProblem(values);
    if (problem) {
      form.setFields([{ name: values.roles.length > 1 ? 'roles' : 'departmentId', errors: [problem] }]);
      return;
    }
    if (account) {
      const result = await update({ id: account.id, input: accountUpdateInput(values) });
      if (result.error) {
        form.setFields(formProblems(result.error, FIELDS, 'displayName'));
        return;
      }
    } else {
      const result = await create({ input: newAccountInput(values) });
      if (result.error || !result.data) {
        form.setFields(formProblems(result.error, FIELDS, 'username'));
        return;
      }
      const { account: created, temporaryPassword } = result.data.createAccount;
      onCreated({
        username: created.username,
        displayName: created.displayName,
        temporaryPassword,
        reset: false,
      });
    }
    onSaved();
    onClose();
  };

  return (
    <Modal
      title={account ? `修改账号 ${account.username}` : '新建账号'}
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AccountValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          account
            ? {
                username: account.username,
                displayName: account.displayName,
                roles: account.roles,
                departmentId: account.department?.id ?? null,
                committeeId: account.committee?.id ?? null,
              }
            : { roles: ['MEMBER'] }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="username"
          label="用户名"
          extra={account ? '用户名不可修改' : '登录时填写,全平台唯一,如 4103-caijing-wang'}
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: USERNAME_PATTERN, message: '用户名须为 3–40 位字母、数字或 . _ -,以字母或数字开头' },
          ]}
        >
          <Input disabled={account !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请填写姓名' },
            { max: 60, message: '姓名最多 60 字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '至少选择一个角色' }]}>
          <Select
            mode="multiple"
            options={grantableRoles(user.roles).map((role) => ({ value: role, label: ROLE_LABEL[role] }))}
            optionFilterProp="label"
          />
        </Form.Item>
        {forUnit ? (
          <Form.Item
            name="departmentId"
            label="承办单位"
            rules={[{ required: true, message: '请选择所属承办单位' }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              placeholder="请选择"
              options={withCurrent(choices?.departments, account?.department)}
            />
          </Form.Item>
        ) : (
          <Form.Item name="committeeId" label="委室" extra="可不选;委室工作人员只看到本委室牵头的项目">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="不属于任何委室"
              options={withCurrent(choices?.committees, account?.committee)}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
