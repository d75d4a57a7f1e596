import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { SessionUser } from '../auth/session-store';
import type { SessionRowFragment } from '../graphql/generated/graphql';
import { renderSignedIn, testUser } from '../handoffs/test-providers';
import SessionsPage from './sessions-page';

const SESSION: SessionRowFragment = {
  id: 's1',
  tenant: { id: 'city' },
  kind: 'STANDING_COMMITTEE',
  number: 5,
  heldOn: '2024-06-19T16:00:00.000Z',
  title: '洛阳市人大常委会常委会会议第5次会议',
  reports: [
    {
      id: 'r1',
      title: '关于优化营商环境工作情况的报告',
      department: { id: 'gov', name: '洛阳市人民政府' },
      planItem: null,
    },
  ],
  opinions: [
    {
      id: 'o1',
      kind: 'REVIEW_OPINION',
      letterNo: '洛人常审〔2024〕1号',
      title: '关于优化营商环境工作情况报告的审议意见',
      issuedAt: '2024-06-21T02:00:00.000Z',
      deadline: '2024-08-21T15:59:59.000Z',
      response: null,
      respondedAt: null,
      department: { id: 'gov', name: '洛阳市人民政府' },
      leadCommittee: { id: 'caijing', name: '财政经济委员会' },
      report: { id: 'r1', title: '关于优化营商环境工作情况的报告' },
      items: [
        {
          id: 'h1',
          title: '进一步压缩企业开办时间',
          letterNo: '洛人常审〔2024〕1号-01',
          status: 'CLOSED',
          deadline: '2024-08-21T15:59:59.000Z',
          overdue: false,
          closedAt: '2024-08-01T02:00:00.000Z',
        },
        {
          id: 'h2',
          title: '全面清理规范涉企收费',
          letterNo: '洛人常审〔2024〕1号-02',
          status: 'SIGNED',
          deadline: '2024-08-21T15:59:59.000Z',
          overdue: true,
          closedAt: null,
        },
      ],
    },
  ],
};

function cityUser(roles: SessionUser['roles']): SessionUser {
  return { ...testUser(roles), tenant: { id: 'city', code: '4103', name: '洛阳市', level: 'CITY' } };
}

function client(mutate = jest.fn()) {
  const data = {
    sessions: [SESSION],
    departments: [{ id: 'gov', name: '洛阳市人民政府' }],
    committees: [{ id: 'caijing', name: '财政经济委员会' }],
  };
  return {
    executeQuery: () => fromValue({ data }),
    executeMutation: mutate,
    executeSubscription: () => never,
  } as unknown as Client;
}

describe('SessionsPage', () => {
  it('lists a session with its reports and each opinion’s progress, overdue items counted', () => {
    renderSignedIn(<SessionsPage />, cityUser(['COORDINATOR']), client());
    const session = screen.getByTestId('session');
    expect(within(session).getByText('洛阳市人大常委会常委会会议第5次会议')).toBeInTheDocument();
    expect(within(session).getByText('常委会会议')).toBeInTheDocument();
    expect(within(session).getAllByText('关于优化营商环境工作情况的报告').length).toBeGreaterThan(0);
    expect(within(session).getByText('已销号 1/2 项')).toBeInTheDocument();
    expect(within(session).getByText('逾期 1 项')).toBeInTheDocument();
    expect(within(session).getByText('未报送')).toBeInTheDocument();
    expect(within(session).getByText('财政经济委员会')).toBeInTheDocument();
  });

  it('shows an opinion’s items with their status and deadline when opened', async () => {
    renderSignedIn(<SessionsPage />, cityUser(['COORDINATOR']), client());
    await userEvent.click(screen.getByRole('button', { name: /展开行|Expand row/ }));
    const detail = await screen.findByTestId('opinion-detail');
    expect(within(detail).getByRole('link', { name: '全面清理规范涉企收费' })).toHaveAttribute(
      'href',
      '/handoffs/h2',
    );
    expect(within(detail).getByText('已签收')).toBeInTheDocument();
    expect(within(detail).getByText('逾期')).toBeInTheDocument();
    expect(within(detail).getByText('洛阳市人民政府尚未报送研究处理情况报告')).toBeInTheDocument();
  });

  it('asks for the unit and at least one item before sending an opinion', async () => {
    const mutate = jest.fn();
    renderSignedIn(<SessionsPage />, cityUser(['COORDINATOR']), client(mutate));
    await userEvent.click(screen.getByRole('button', { name: '送交审议意见' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '送 交' }));
    expect(await within(dialog).findByText('请选择送交的机关或单位')).toBeInTheDocument();
    expect(within(dialog).getByText('请至少填写一项意见')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends the opinion with its report, unit, items and a two-month deadline', async () => {
    const mutate = jest.fn(() => fromValue({ data: { issueReviewOpinion: SESSION.opinions[0] } }));
    renderSignedIn(<SessionsPage />, cityUser(['COORDINATOR']), client(mutate));
    await userEvent.click(screen.getByRole('button', { name: '送交审议意见' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '送交机关' }));
    await userEvent.click(await screen.findByTitle('洛阳市人民政府'));
    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: '审议意见' } });
    fireEvent.change(within(dialog).getByLabelText('意见事项 1'), {
      target: { value: '进一步压缩企业开办时间' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: '送 交' }));
    await waitFor(() => expect(mutate).toHaveBeenCalled());
    const [operation] = mutate.mock.calls[0] as unknown as [
      { variables: { input: Record<string, unknown> } },
    ];
    expect(operation.variables.input).toMatchObject({
      sessionId: 's1',
      kind: 'REVIEW_OPINION',
      reportId: 'r1',
      departmentId: 'gov',
      title: '审议意见',
      items: ['进一步压缩企业开办时间'],
    });
    // Two months unless chosen: a deadline is always sent, at the end of a Beijing day.
    expect(operation.variables.input['deadline']).toMatch(/T15:59:59\.000Z$/);
  });

  it('gives staff who do not act for the office the list only', () => {
    renderSignedIn(<SessionsPage />, cityUser(['MEMBER']), client());
    expect(screen.queryByRole('button', { name: '记录会议' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '送交审议意见' })).not.toBeInTheDocument();
  });
});
