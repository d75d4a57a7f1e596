import { Alert, Descriptions, Modal, Table, Typography } from 'antd';
import type { ImportedAccount } from './account-form';

export interface Issued {
  username: string;
  displayName: string;
  temporaryPassword: string;
  /** 新建 or 重置 */
  reset: boolean;
}

const HAND_OVER = '临时密码只显示这一次,平台不保存明文。请当面或通过安全渠道交给本人;首次登录须先修改密码。';

/** The password copied with one click: a person retyping a random one mistakes l for 1. */
function Password({ value }: { value: string }) {
  return (
    <Typography.Text
      code
      copyable={{ text: value, tooltips: ['复制', '已复制'] }}
      data-testid="temporary-password"
    >
      {value}
    </Typography.Text>
  );
}

/** The temporary password of an account just created or reset, shown this once. */
export function IssuedPasswordModal({ issued, onClose }: { issued: Issued | null; onClose: () => void }) {
  return (
    <Modal
      title={issued?.reset ? '密码已重置' : '账号已创建'}
      open={issued !== null}
      okText="我已记下"
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      {issued && (
        <>
          <Alert type="warning" showIcon message={HAND_OVER} style={{ marginBottom: 16 }} />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="用户名">{issued.username}</Descriptions.Item>
            <Descriptions.Item label="姓名">{issued.displayName}</Descriptions.Item>
            <Descriptions.Item label="临时密码">
              <Password value={issued.temporaryPassword} />
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Modal>
  );
}

/** The accounts an Excel import created, each with its temporary password, shown this once. */
export function ImportedAccounts({ accounts }: { accounts: ImportedAccount[] }) {
  if (accounts.length === 0) {
    return null;
  }
  return (
    <>
      <Alert type="warning" showIcon message={HAND_OVER} />
      <Table<ImportedAccount>
        size="small"
        rowKey="username"
        dataSource={accounts}
        pagination={false}
        data-testid="imported-accounts"
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          {
            title: '临时密码',
            dataIndex: 'temporaryPassword',
            render: (value: string) => <Password value={value} />,
          },
        ]}
      />
    </>
  );
}
