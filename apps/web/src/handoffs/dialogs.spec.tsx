import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { problem, refusedWith } from '../common/refusal.fixture';
import { ReportDialog } from './department-dialogs';
import { RecordVotesDialog } from './evaluation-dialogs';
import { VerifyDialog } from './tenant-dialogs';
import { testHandoff } from './test-handoff';
import { fakeClient, renderSignedIn, testUser } from './test-providers';

describe('ReportDialog', () => {
  it('asks for the measures beside the field and sends nothing without them', async () => {
    const mutate = jest.fn();
    renderSignedIn(
      <ReportDialog handoff={testHandoff({ status: 'SIGNED' })} open onClose={jest.fn()} />,
      testUser(['DEPARTMENT']),
      fakeClient(mutate),
    );
    await userEvent.click(screen.getByRole('button', { name: '提交报告' }));
    expect(await screen.findByText('请填写整改措施')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends the final report and closes once the API accepts it', async () => {
    const mutate = jest.fn(() => fromValue({ data: { reportRectification: testHandoff() } }));
    const onClose = jest.fn();
    renderSignedIn(
      <ReportDialog handoff={testHandoff({ status: 'SIGNED' })} open onClose={onClose} />,
      testUser(['DEPARTMENT']),
      fakeClient(mutate),
    );
    await userEvent.type(screen.getByLabelText('整改措施'), '已建立轮岗制度');
    await userEvent.click(screen.getByLabelText(/办结报告/));
    await userEvent.click(screen.getByRole('button', { name: '提交报告' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { handoffId: 'h1', input: { measures: '已建立轮岗制度', percentDone: 100, final: true } },
      }),
      expect.anything(),
    );
  });

  it('shows the API’s field error under the field that caused it and stays open', async () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      zh: '输入有误',
      en: 'Invalid input',
      fields: [
        problem('input.percentDone', 'REPORT_NOT_COMPLETE', '办结报告的完成比例须为 100', 'must be 100'),
      ],
    });
    const onClose = jest.fn();
    renderSignedIn(
      <ReportDialog handoff={testHandoff({ status: 'SIGNED' })} open onClose={onClose} />,
      testUser(['DEPARTMENT']),
      fakeClient(jest.fn(() => fromValue({ error }))),
    );
    await userEvent.type(screen.getByLabelText('整改措施'), '部分完成');
    await userEvent.click(screen.getByRole('button', { name: '提交报告' }));
    const message = await screen.findByText('办结报告的完成比例须为 100');
    expect(message.closest('.ant-form-item')).toHaveTextContent('完成比例(%)');
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('VerifyDialog', () => {
  it('requires an opinion to fail an item, and sends none when it passes', async () => {
    const mutate = jest.fn(() => fromValue({ data: { verifyHandoff: testHandoff({ status: 'CLOSED' }) } }));
    renderSignedIn(
      <VerifyDialog handoff={testHandoff({ status: 'REPLIED' })} open onClose={jest.fn()} />,
      testUser(['COORDINATOR']),
      fakeClient(mutate),
    );
    await userEvent.click(screen.getByLabelText('不通过,继续整改'));
    await userEvent.click(screen.getByRole('button', { name: '提交验收结果' }));
    expect(await screen.findByText(/验收不通过时须填写意见/)).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('通过,予以销号'));
    await userEvent.click(screen.getByRole('button', { name: '提交验收结果' }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({ variables: { handoffId: 'h1', passed: true, opinion: null } }),
        expect.anything(),
      ),
    );
  });
});

describe('RecordVotesDialog', () => {
  const binary = testHandoff({
    status: 'CLOSED',
    evaluations: [
      {
        id: 'ev1',
        scheme: 'BINARY',
        eligible: 20,
        satisfied: 0,
        basicallySatisfied: 0,
        unsatisfied: 0,
        averageScore: null,
        result: null,
      },
    ],
  });

  it('asks a two-grade evaluation for satisfied and unsatisfied votes only', async () => {
    const mutate = jest.fn(() => fromValue({ data: { recordVotes: { id: 'ev1', handoff: binary } } }));
    renderSignedIn(
      <RecordVotesDialog handoff={binary} open onClose={jest.fn()} />,
      testUser(['COORDINATOR']),
      fakeClient(mutate),
    );
    expect(screen.queryByLabelText('基本满意票')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('满意票'), '15');
    await userEvent.type(screen.getByLabelText('不满意票'), '3');
    await userEvent.click(screen.getByRole('button', { name: '提交计票' }));
    await waitFor(() =>
      expect(mutate).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { evaluationId: 'ev1', votes: { satisfied: 15, basicallySatisfied: 0, unsatisfied: 3 } },
        }),
        expect.anything(),
      ),
    );
  });
});
