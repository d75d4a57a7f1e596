import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { HandoffActionsBar } from './handoff-actions-bar';
import { HandoffTable } from './handoff-table';
import { testHandoff } from './test-handoff';
import { fakeClient, renderSignedIn, testUser } from './test-providers';

const OPINION_ITEM = testHandoff({
  kind: 'REVIEW_OPINION',
  title: '进一步压缩企业开办时间',
  project: null,
  findings: [],
  opinion: {
    id: 'o1',
    kind: 'REVIEW_OPINION',
    letterNo: '老人常审〔2026〕1号',
    title: '关于优化营商环境工作情况报告的审议意见',
    issuedAt: '2026-03-02T01:00:00.000Z',
    deadline: '2026-05-02T15:59:59.000Z',
    response: null,
    respondedAt: null,
    session: { id: 's1', title: '老城区人大常委会常委会会议第5次会议' },
    items: [
      { id: 'h1', title: '进一步压缩企业开办时间', status: 'ISSUED' },
      { id: 'h2', title: '全面清理规范涉企收费', status: 'ISSUED' },
    ],
  },
});

describe('a 审议意见 item for its unit', () => {
  it('offers 报送研究处理情况报告, asks for the report, and answers the whole opinion', async () => {
    const mutate = jest.fn(() =>
      fromValue({
        data: { answerReviewOpinion: { id: 'o1', response: '已研究', respondedAt: null, items: [] } },
      }),
    );
    renderSignedIn(
      <HandoffActionsBar handoff={OPINION_ITEM} />,
      testUser(['DEPARTMENT']),
      fakeClient(mutate),
    );
    await userEvent.click(screen.getByRole('button', { name: '报送研究处理情况报告' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('关于优化营商环境工作情况报告的审议意见');
    await userEvent.click(screen.getByRole('button', { name: '报 送' }));
    expect(await screen.findByText('请填写研究处理情况')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('研究处理情况报告'), '已专题研究,逐项落实');
    await userEvent.click(screen.getByRole('button', { name: '报 送' }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({ variables: { id: 'o1', report: '已专题研究,逐项落实' } }),
        expect.anything(),
      ),
    );
  });

  it('offers no answer on a handoff of findings', () => {
    renderSignedIn(
      <HandoffActionsBar handoff={testHandoff()} />,
      testUser(['DEPARTMENT']),
      fakeClient(jest.fn()),
    );
    expect(screen.queryByRole('button', { name: '报送研究处理情况报告' })).not.toBeInTheDocument();
  });

  it('is listed with its kind and its own text, and no project', () => {
    renderSignedIn(
      <HandoffTable rows={[OPINION_ITEM, testHandoff({ id: 'h9' })]} loading={false} emptyText="无" />,
      testUser(['COORDINATOR']),
      fakeClient(jest.fn()),
    );
    expect(screen.getAllByTestId('handoff-kind').map((tag) => tag.textContent)).toEqual([
      '审议意见',
      '问题交办',
    ]);
    expect(screen.getByText('进一步压缩企业开办时间')).toBeInTheDocument();
    expect(screen.getByText('窗口午间无人值守')).toBeInTheDocument();
    const [opinionRow, findingsRow] = screen.getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(within(opinionRow).queryByText('优化营商环境联动监督')).not.toBeInTheDocument();
    expect(within(findingsRow).getByText('优化营商环境联动监督')).toBeInTheDocument();
  });
});
