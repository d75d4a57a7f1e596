import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import type { AccountRowFragment, AccountsQuery } from '../../graphql/generated/graphql';
import { fakeClient, renderSignedIn, testUser } from '../../handoffs/test-providers';
import { AccountsCard } from './accounts-card';

function account(fields: Partial<AccountRowFragment> & Pick<AccountRowFragment, 'id' | 'username'>) {
  return {
    displayName: fields.username,
    roles: ['MEMBER'],
    department: null,
    committee: null,
    disabledAt: null,
    mustChangePassword: false,
    createdAt: '2026-01-01T00:00:00Z',
    ...fields,
  } satisfies AccountRowFragment;
}

const DATA: AccountsQuery = {
  accounts: [
    account({ id: 'a1', username: '4103-admin', roles: ['ADMIN'] }),
    account({
      id: 'a2',
      username: '4103-caijing',
      displayName: '财经委工作人员',
      committee: { id: 'cj', name: '财政经济委员会' },
      mustChangePassword: true,
    }),
  ],
  departments: [{ id: 'd1', code: 'water', name: '洛阳市水利局' }],
  committees: [{ id: 'cj', code: 'caijing', name: '财政经济委员会' }],
};

function renderCard(mutate: jest.Mock) {
  renderSignedIn(<AccountsCard />, testUser(['COORDINATOR']), fakeClient(mutate, DATA));
}

describe('AccountsCard for a coordinator', () => {
  it('lists the accounts, and keeps a coordinator’s hands off an administrator’s', () => {
    renderCard(jest.fn());
    const [admin, staff] = screen.getAllByRole('row').slice(1);
    expect(admin).toHaveTextContent('无权管理');
    expect(within(admin).queryByRole('button')).not.toBeInTheDocument();
    expect(staff).toHaveTextContent('4103-caijing财经委工作人员工作人员财政经济委员会在用是');
  });

  it('offers only the roles a coordinator may grant, and shows the temporary password once created', async () => {
    const created = account({
      id: 'a3',
      username: '4103-caijing-wang',
      displayName: '王敏',
      committee: { id: 'cj', name: '财政经济委员会' },
      mustChangePassword: true,
    });
    const mutate = jest.fn(() =>
      fromValue({
        data: { createAccount: { temporaryPassword: 'Qx7-mPz2-Lk9w', account: created } },
      }),
    );
    renderCard(mutate);
    await userEvent.click(screen.getByRole('button', { name: /新\s*建/ }));
    const dialog = await screen.findByRole('dialog', { name: '新建账号' });
    await userEvent.click(within(dialog).getByLabelText('角色'));
    expect(await screen.findByTitle('统筹协调')).toBeInTheDocument();
    expect(screen.getByTitle('承办单位')).toBeInTheDocument();
    expect(screen.queryByTitle('系统管理员')).not.toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('用户名'), '4103-caijing-wang');
    await userEvent.type(within(dialog).getByLabelText('姓名'), '王敏');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { username: '4103-caijing-wang', displayName: '王敏', roles: ['MEMBER'] } },
        }),
        expect.anything(),
      ),
    );
    expect(await screen.findByTestId('temporary-password')).toHaveTextContent('Qx7-mPz2-Lk9w');
    expect(screen.getByText(/临时密码只显示这一次/)).toBeInTheDocument();
  });
});
