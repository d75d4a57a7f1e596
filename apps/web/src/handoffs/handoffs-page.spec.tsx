import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'urql';
import { fromValue, never } from 'wonka';
import HandoffsPage from './handoffs-page';
import { renderSignedIn, testUser } from './test-providers';

function ledgerClient() {
  const executeQuery = jest.fn(() =>
    fromValue({
      data: {
        ledger: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
        lookBacksDue: [],
      },
    }),
  );
  const client = { executeQuery, executeMutation: jest.fn(), executeSubscription: () => never };
  return { client: client as unknown as Client, executeQuery };
}

/** The `filter` variable of the last ledger query sent. */
function lastFilter(executeQuery: jest.Mock): unknown {
  const calls = executeQuery.mock.calls as Array<[{ variables: { filter?: unknown } }]>;
  return calls.at(-1)?.[0].variables.filter;
}

describe('HandoffsPage', () => {
  it('shows a department its handoffs by status, starting with those to sign', () => {
    const { client, executeQuery } = ledgerClient();
    renderSignedIn(<HandoffsPage />, testUser(['DEPARTMENT']), client);
    expect(screen.getByRole('heading', { name: '交办件' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '待签收',
      '整改中',
      '已报告',
      '已销号',
    ]);
    expect(lastFilter(executeQuery)).toEqual({ status: ['ISSUED'] });
    expect(screen.getByText('没有待签收的交办件')).toBeInTheDocument();
  });

  it('shows an office what to act on, and asks the ledger for overdue items on 逾期', async () => {
    const { client, executeQuery } = ledgerClient();
    renderSignedIn(<HandoffsPage />, testUser(['COORDINATOR']), client);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '待验收',
      '督办到我',
      '逾期',
      '回头看',
    ]);
    expect(lastFilter(executeQuery)).toEqual({ status: ['REPLIED'] });
    await userEvent.click(screen.getByRole('tab', { name: '逾期' }));
    expect(lastFilter(executeQuery)).toEqual({ overdueOnly: true });
  });
});
