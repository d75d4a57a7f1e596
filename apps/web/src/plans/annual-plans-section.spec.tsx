import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { SessionUser } from '../auth/session-store';
import type { PlanItemRowFragment, PlansAnnualPlansQuery } from '../graphql/generated/graphql';
import { renderSignedIn, testUser } from '../handoffs/test-providers';
import { AnnualPlansSection } from './annual-plans-section';

const CAIJING = { id: 'caijing', name: '财政经济委员会' };

function item(overrides: Partial<PlanItemRowFragment>): PlanItemRowFragment {
  return {
    id: 'i1',
    title: '优化营商环境',
    isKey: true,
    isJoint: false,
    plannedMonth: null,
    session: null,
    method: null,
    status: 'NOT_STARTED',
    overdue: false,
    startedAt: null,
    completedAt: null,
    adjustedAt: null,
    adjustReason: null,
    adjustDecision: null,
    leadCommittee: null,
    jointProject: null,
    ...overrides,
  };
}

const PLANS: PlansAnnualPlansQuery = {
  annualPlans: [
    {
      id: 'plan',
      year: 2024,
      title: '2024年度监督工作计划',
      status: 'ADOPTED',
      issuer: { id: 'city', name: '洛阳市' },
      items: [
        item({
          id: 'a',
          title: '听取优化营商环境工作报告',
          plannedMonth: 3,
          session: '市十六届人大常委会第五次会议',
          method: '听取和审议专项工作报告',
          leadCommittee: CAIJING,
          overdue: true,
        }),
        item({ id: 'b', title: '食品安全执法检查', status: 'STARTED' }),
        item({
          id: 'c',
          title: '专题询问',
          status: 'ADJUSTED',
          adjustReason: '改由下半年专题调研',
          adjustDecision: '第十二次主任会议决定',
        }),
      ],
    },
  ],
};

function cityUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    ...testUser(['COORDINATOR']),
    tenant: { id: 'city', code: '4103', name: '洛阳市', level: 'CITY' },
    ...overrides,
  };
}

function client(mutate = jest.fn()) {
  return {
    executeQuery: () => fromValue({ data: PLANS }),
    executeMutation: mutate,
    executeSubscription: () => never,
  } as unknown as Client;
}

function rowOf(title: string): HTMLElement {
  const row = screen.getByText(title).closest('tr');
  if (!row) {
    throw new Error(`no row ${title}`);
  }
  return row;
}

describe('AnnualPlansSection: items that move', () => {
  it('shows each item’s schedule, method, lead committee and status, overdue and adjustment included', () => {
    renderSignedIn(<AnnualPlansSection year={2024} />, cityUser(), client());
    const first = within(rowOf('听取优化营商环境工作报告'));
    expect(first.getByText('3 月 · 市十六届人大常委会第五次会议')).toBeInTheDocument();
    expect(first.getByText('听取和审议专项工作报告')).toBeInTheDocument();
    expect(first.getByText('财政经济委员会')).toBeInTheDocument();
    expect(first.getByText('未启动')).toBeInTheDocument();
    expect(first.getByText('逾期')).toBeInTheDocument();
    const adjusted = within(rowOf('专题询问'));
    expect(adjusted.getByText('已调整')).toBeInTheDocument();
    expect(adjusted.getByText('第十二次主任会议决定:改由下半年专题调研')).toBeInTheDocument();
    expect(adjusted.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers the coordinator 启动 on an item not started and 完成 on a started one, and starts it', async () => {
    const mutate = jest.fn(() =>
      fromValue({ data: { startPlanItem: item({ id: 'a', status: 'STARTED' }) } }),
    );
    renderSignedIn(<AnnualPlansSection year={2024} />, cityUser(), client(mutate));
    expect(within(rowOf('食品安全执法检查')).getByRole('button', { name: '完 成' })).toBeInTheDocument();
    await userEvent.click(within(rowOf('听取优化营商环境工作报告')).getByRole('button', { name: '启 动' }));
    await screen.findByText('启动「听取优化营商环境工作报告」?');
    const confirm = document.querySelector<HTMLElement>('.ant-popconfirm');
    await userEvent.click(within(confirm ?? document.body).getByRole('button', { name: '启 动' }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({ variables: { id: 'a' } }),
        expect.anything(),
      ),
    );
  });

  it('asks for the reason and the deciding decision before adjusting', async () => {
    const mutate = jest.fn(() => fromValue({ data: { adjustPlanItem: item({ status: 'ADJUSTED' }) } }));
    renderSignedIn(<AnnualPlansSection year={2024} />, cityUser(), client(mutate));
    await userEvent.click(within(rowOf('食品安全执法检查')).getByRole('button', { name: '调 整' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '调 整' }));
    expect(await within(dialog).findByText('请填写调整理由')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写作出调整的决定')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByLabelText('调整理由'), '与执法检查合并');
    await userEvent.type(within(dialog).getByLabelText('调整决定'), '第十三次主任会议决定');
    await userEvent.click(within(dialog).getByRole('button', { name: '调 整' }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { id: 'b', reason: '与执法检查合并', decision: '第十三次主任会议决定' },
        }),
        expect.anything(),
      ),
    );
  });

  it('lets 财经委’s staff move only the items 财经委 leads, and not start the office’s own supervision', () => {
    const member = cityUser({
      roles: ['MEMBER'],
      committee: { id: 'caijing', code: 'caijing', name: '财政经济委员会', coordinates: false },
    });
    renderSignedIn(<AnnualPlansSection year={2024} />, member, client());
    expect(
      within(rowOf('听取优化营商环境工作报告')).getByRole('button', { name: '启 动' }),
    ).toBeInTheDocument();
    expect(within(rowOf('食品安全执法检查')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '本级监督' })).not.toBeInTheDocument();
  });

  it('gives the coordinator 本级监督 on the office’s own items', () => {
    renderSignedIn(<AnnualPlansSection year={2024} />, cityUser(), client());
    expect(within(rowOf('食品安全执法检查')).getByRole('button', { name: '本级监督' })).toBeInTheDocument();
  });
});
