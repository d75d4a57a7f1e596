import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { TaskRowFragment } from '../graphql/generated/graphql';
import { TaskTable } from './task-table';

function assignment(overrides: Partial<TaskRowFragment>): TaskRowFragment {
  return {
    id: 'a1',
    status: 'ISSUED',
    outdated: false,
    acknowledgedVersion: null,
    acknowledgedAt: null,
    project: {
      id: 'p1',
      title: '优化营商环境联动监督',
      version: 1,
      issuer: { id: 't1', name: '洛阳市' },
      unifications: { scheme: { startsAt: '2023-03-01T00:00:00.000Z', endsAt: '2023-11-30T00:00:00.000Z' } },
    },
    parent: null,
    milestones: [{ name: '问题清单', dueAt: '2023-08-31T00:00:00.000Z', submittedAt: null, overdue: true }],
    localPlan: null,
    ...overrides,
  };
}

function fakeClient(data: unknown) {
  const executeMutation = jest.fn(() => fromValue({ data }));
  const client = {
    executeQuery: () => fromValue({ data }),
    executeMutation,
    executeSubscription: () => never,
  };
  return { client: client as unknown as Client, executeMutation };
}

function renderTable(rows: TaskRowFragment[], roles: Array<'COORDINATOR' | 'MEMBER'>, onChanged = jest.fn()) {
  const { client, executeMutation } = fakeClient({
    acknowledgeAssignment: {
      id: 'a1',
      status: 'ACKNOWLEDGED',
      outdated: false,
      acknowledgedVersion: 1,
      acknowledgedAt: '2023-03-02T00:00:00.000Z',
    },
  });
  const onOpen = jest.fn();
  render(
    <Provider value={client}>
      <TaskTable rows={rows} roles={roles} loading={false} onOpen={onOpen} onChanged={onChanged} />
    </Provider>,
  );
  return { executeMutation, onOpen, onChanged };
}

describe('TaskTable', () => {
  it('shows the issuer, the period, an overdue next milestone and that no local plan is filed', () => {
    renderTable([assignment({})], ['COORDINATOR']);
    const row = screen.getByText('优化营商环境联动监督').closest('tr')!;
    expect(row).toHaveTextContent('洛阳市');
    expect(row).toHaveTextContent('2023-03-01 至 2023-11-30');
    expect(row).toHaveTextContent('问题清单 2023-08-31(已逾期)');
    expect(row).toHaveTextContent('未报备');
  });

  it('offers a coordinator 签收 on an issued assignment and refreshes the list once signed', async () => {
    const { executeMutation, onChanged, onOpen } = renderTable([assignment({})], ['COORDINATOR']);
    await userEvent.click(screen.getByRole('button', { name: '签 收' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalled();
    // Signing from the row does not open it.
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('flags an outdated assignment and offers 重新签收', () => {
    renderTable([assignment({ status: 'IN_PROGRESS', outdated: true })], ['COORDINATOR']);
    expect(screen.getByTestId('outdated-flag')).toHaveTextContent('方案已修订');
    expect(screen.getByRole('button', { name: '重新签收' })).toBeInTheDocument();
  });

  it('offers nothing to sign on acknowledged work, nor to a member', () => {
    renderTable([assignment({ id: 'a2', status: 'ACKNOWLEDGED' })], ['COORDINATOR']);
    renderTable([assignment({ id: 'a3' })], ['MEMBER']);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('opens the assignment when its row is clicked', async () => {
    const { onOpen } = renderTable([assignment({ status: 'ACKNOWLEDGED' })], ['COORDINATOR']);
    await userEvent.click(
      within(screen.getByText('优化营商环境联动监督').closest('tr')!).getByText('洛阳市'),
    );
    expect(onOpen).toHaveBeenCalledWith('a1');
  });
});
