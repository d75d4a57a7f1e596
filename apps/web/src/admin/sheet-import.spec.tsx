import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { Provider } from 'urql';
import { AuthProvider } from '../auth/auth-context';
import { memoryStorage } from '../auth/session.fixture';
import { SessionStore } from '../auth/session-store';
import { fakeClient } from '../handoffs/test-providers';
import { importedAccounts } from './accounts/account-form';
import { ImportedAccounts } from './accounts/issued-password';
import { SheetImport } from './sheet-import';

function renderWithFetch(ui: ReactElement, apiFetch: jest.Mock) {
  return render(
    <Provider value={fakeClient(jest.fn())}>
      <AuthProvider store={new SessionStore(memoryStorage())} apiFetch={apiFetch}>
        <AntApp>{ui}</AntApp>
      </AuthProvider>
    </Provider>,
  );
}

function answer(status: number, body: unknown): Response {
  return { ok: status < 400, status, json: () => Promise.resolve(body) } as Response;
}

const SHEET = new File(['xlsx'], '账号.xlsx', {
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

function renderAccountsImport(apiFetch: jest.Mock, onImported = jest.fn()) {
  renderWithFetch(
    <SheetImport
      what="账号"
      templatePath="/templates/accounts.xlsx"
      templateName="账号导入模板.xlsx"
      importPath="/imports/accounts"
      onImported={onImported}
      renderImported={(body) => <ImportedAccounts accounts={importedAccounts(body)} />}
    />,
    apiFetch,
  );
  const input = document.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) {
    throw new Error('no file input');
  }
  return input;
}

describe('SheetImport of accounts', () => {
  it('shows every account created with its temporary password', async () => {
    const apiFetch = jest.fn(() =>
      Promise.resolve(
        answer(201, {
          imported: 2,
          accounts: [
            {
              id: 'a1',
              username: '4103-caijing-wang',
              displayName: '王敏',
              temporaryPassword: 'Tmp-aaaa-1111',
            },
            {
              id: 'a2',
              username: '4103-nongwei-li',
              displayName: '李强',
              temporaryPassword: 'Tmp-bbbb-2222',
            },
          ],
        }),
      ),
    );
    const onImported = jest.fn();
    await userEvent.upload(renderAccountsImport(apiFetch, onImported), SHEET);
    expect(await screen.findByText('导入成功,共新增 2 个账号')).toBeInTheDocument();
    const rows = within(screen.getByTestId('imported-accounts')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '4103-caijing-wang王敏Tmp-aaaa-1111',
      '4103-nongwei-li李强Tmp-bbbb-2222',
    ]);
    expect(apiFetch).toHaveBeenCalledWith('/imports/accounts', expect.objectContaining({ method: 'POST' }));
    expect(onImported).toHaveBeenCalled();
  });

  it('lists every bad cell by row and column, and says nothing was imported', async () => {
    const apiFetch = jest.fn(() =>
      Promise.resolve(
        answer(400, {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_ROWS',
          zh: '2 处错误,未保存任何数据',
          rows: [
            { row: 3, column: '角色', cell: 'C3', reason: 'ROLE_NOT_GRANTABLE', zh: '无权授予“管理员”角色' },
            {
              row: 4,
              column: '用户名',
              cell: 'A4',
              reason: 'DUPLICATE_USERNAME',
              zh: '用户名 4103 已被使用',
            },
          ],
        }),
      ),
    );
    const onImported = jest.fn();
    await userEvent.upload(renderAccountsImport(apiFetch, onImported), SHEET);
    expect(await screen.findByText('2 处错误,未导入任何账号')).toBeInTheDocument();
    const rows = within(screen.getByTestId('import-problems')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '第 3 行角色C3无权授予“管理员”角色',
      '第 4 行用户名A4用户名 4103 已被使用',
    ]);
    expect(screen.queryByTestId('imported-accounts')).not.toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
  });
});
