import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../../auth/auth-context';
import { errorMessage } from '../../common/error-message';
import { formatDay } from '../../common/format';
import { ROLE_LABEL } from '../../common/labels';
import {
  AccountsDocument,
  DisableAccountDocument,
  EnableAccountDocument,
  EndSessionsDocument,
  ResetPasswordDocument,
  type AccountRowFragment,
} from '../../graphql/generated/graphql';
import { SheetImport } from '../sheet-import';
import { AccountDialog } from './account-dialog';
import { importedAccounts, mayAdminister, placementLabel } from './account-form';
import { ImportedAccounts, IssuedPasswordModal, type Issued } from './issued-password';

type Editing = { account: AccountRowFragment | null } | null;

/** Enabled accounts first, then by username. */
function sortedAccounts(accounts: readonly AccountRowFragment[]): AccountRowFragment[] {
  return [...accounts].sort(
    (a, b) =>
      Number(a.disabledAt !== null) - Number(b.disabledAt !== null) || a.username.localeCompare(b.username),
  );
}

/**
 * 账号: the office's staff and unit logins. Created with a temporary password shown once, changed,
 * disabled and enabled (never deleted), a password reset, or every session of an account ended.
 */
export function AccountsCard() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [accounts, refetch] = useQuery({ query: AccountsDocument, variables: { tenantId: user.tenant.id } });
  const [, disable] = useMutation(DisableAccountDocument);
  const [, enable] = useMutation(EnableAccountDocument);
  const [, resetPassword] = useMutation(ResetPasswordDocument);
  const [, endSessions] = useMutation(EndSessionsDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = useMemo(() => sortedAccounts(accounts.data?.accounts ?? []), [accounts.data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  /** Runs one action on a row, showing the refusal if any; `done` says what happened. */
  const act = async <T,>(
    account: AccountRowFragment,
    run: () => Promise<{ error?: Parameters<typeof errorMessage>[0]; data?: T }>,
    done: (data: T) => void,
  ) => {
    setBusy(account.id);
    const result = await run();
    setBusy(null);
    if (result.error || result.data === undefined) {
      void message.error(errorMessage(result.error));
      return;
    }
    done(result.data);
    reload();
  };

  const actions = (account: AccountRowFragment) => {
    if (!mayAdminister(user.roles, account)) {
      return <Typography.Text type="secondary">无权管理</Typography.Text>;
    }
    const self = account.id === user.id;
    const loading = busy === account.id;
    if (account.disabledAt) {
      return (
        <Button
          size="small"
          loading={loading}
          onClick={() =>
            void act(
              account,
              () => enable({ id: account.id }),
              () => void message.success(`已启用 ${account.username}`),
            )
          }
        >
          启用
        </Button>
      );
    }
    return (
      <Space size={4} wrap>
        <Button size="small" onClick={() => setEditing({ account })}>
          修改
        </Button>
        {!self && (
          <>
            <Popconfirm
              title={`停用 ${account.username}?`}
              description="停用后不能登录,已登录的会话立即结束;账号及其记录保留,可再启用。"
              okText="停用"
              cancelText="取消"
              onConfirm={() =>
                void act(
                  account,
                  () => disable({ id: account.id }),
                  () => void message.success(`已停用 ${account.username}`),
                )
              }
            >
              <Button size="small" danger loading={loading}>
                停用
              </Button>
            </Popconfirm>
            <Popconfirm
              title={`重置 ${account.username} 的密码?`}
              description="将发放新的临时密码,原密码失效,已登录的会话立即结束;本人登录后须修改密码。"
              okText="重置"
              cancelText="取消"
              onConfirm={() =>
                void act(
                  account,
                  () => resetPassword({ id: account.id }),
                  (data) =>
                    setIssued({
                      username: data.resetPassword.account.username,
                      displayName: data.resetPassword.account.displayName,
                      temporaryPassword: data.resetPassword.temporaryPassword,
                      reset: true,
                    }),
                )
              }
            >
              <Button size="small">重置密码</Button>
            </Popconfirm>
            <Popconfirm
              title={`让 ${account.username} 强制下线?`}
              description="结束该账号所有已登录的会话,本人须重新登录。"
              okText="强制下线"
              cancelText="取消"
              onConfirm={() =>
                void act(
                  account,
                  () => endSessions({ accountId: account.id }),
                  (data) =>
                    void message.success(
                      data.endSessions > 0
                        ? `已结束 ${account.username} 的 ${data.endSessions} 个会话`
                        : `${account.username} 当前没有登录的会话`,
                    ),
                )
              }
            >
              <Button size="small">强制下线</Button>
            </Popconfirm>
          </>
        )}
      </Space>
    );
  };

  return (
    <Card
      title="账号"
      size="small"
      data-testid="accounts-card"
      extra={
        <Space>
          <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
            Excel 导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ account: null })}>
            新建
          </Button>
        </Space>
      }
    >
      <Table<AccountRowFragment>
        rowKey="id"
        size="small"
        loading={accounts.fetching && !accounts.data}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: accounts.error ? errorMessage(accounts.error) : '暂无账号' }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 180 },
          { title: '姓名', dataIndex: 'displayName', width: 160 },
          {
            title: '角色',
            dataIndex: 'roles',
            width: 180,
            render: (roles: AccountRowFragment['roles']) => (
              <Space size={[0, 4]} wrap>
                {roles.map((role) => (
                  <Tag key={role}>{ROLE_LABEL[role]}</Tag>
                ))}
              </Space>
            ),
          },
          { title: '委室/承办单位', render: (_, account) => placementLabel(account) },
          {
            title: '状态',
            width: 150,
            render: (_, account) =>
              account.disabledAt ? (
                <Tag>已停用 {formatDay(account.disabledAt)}</Tag>
              ) : (
                <Tag color="green">在用</Tag>
              ),
          },
          {
            title: '须改密码',
            dataIndex: 'mustChangePassword',
            width: 90,
            render: (must: boolean) => (must ? <Tag color="orange">是</Tag> : '—'),
          },
          { title: '操作', width: 300, render: (_, account) => actions(account) },
        ]}
      />
      <AccountDialog
        account={editing?.account ?? null}
        open={editing !== null}
        choices={accounts.data}
        onClose={() => setEditing(null)}
        onSaved={reload}
        onCreated={setIssued}
      />
      <IssuedPasswordModal issued={issued} onClose={() => setIssued(null)} />
      <Modal
        title="从 Excel 导入账号"
        open={importing}
        footer={null}
        width={760}
        maskClosable={false}
        onCancel={() => setImporting(false)}
        destroyOnHidden
      >
        <SheetImport
          what="账号"
          templatePath="/templates/accounts.xlsx"
          templateName="账号导入模板.xlsx"
          importPath="/imports/accounts"
          onImported={reload}
          renderImported={(body) => <ImportedAccounts accounts={importedAccounts(body)} />}
        />
      </Modal>
    </Card>
  );
}
