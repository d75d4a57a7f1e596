import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { testHandoff } from './test-handoff';
import { fakeClient, renderSignedIn, testUser } from './test-providers';
import { VerifyFindingsDialog } from './verification-dialog';

const replied = testHandoff({
  status: 'REPLIED',
  findings: [
    { id: 'f1', title: '窗口午间无人值守', severity: 'SERIOUS', status: 'RECTIFYING' },
    { id: 'f2', title: '办事指南未更新', severity: 'NORMAL', status: 'RECTIFYING' },
    { id: 'f3', title: '已销号的问题', severity: 'NORMAL', status: 'CLOSED' },
  ],
});

describe('VerifyFindingsDialog', () => {
  it('asks why a finding failed, then sends method, verifiers and a result per open finding', async () => {
    const mutate = jest.fn(() => fromValue({ data: { verifyHandoffFindings: testHandoff() } }));
    const onClose = jest.fn();
    renderSignedIn(
      <VerifyFindingsDialog handoff={replied} open onClose={onClose} />,
      testUser(['COORDINATOR']),
      fakeClient(mutate),
    );
    expect(screen.queryByText('已销号的问题')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('核查人员1姓名'), '王建国');
    await userEvent.click(screen.getByRole('button', { name: /添加核查人员/ }));
    await userEvent.type(screen.getByLabelText('核查人员2姓名'), '李代表');
    await userEvent.click(screen.getAllByRole('checkbox', { name: '代表' })[1]);
    const second = screen.getByTestId('verify-finding-f2');
    await userEvent.click(within(second).getByLabelText('未整改到位'));
    await userEvent.click(screen.getByRole('button', { name: '提交核查结果' }));
    expect(await screen.findByText('未整改到位或部分到位的问题须填写核查意见')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();

    await userEvent.type(within(second).getByLabelText('办事指南未更新 核查意见'), '指南仍为旧版');
    await userEvent.click(screen.getByRole('button', { name: '提交核查结果' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          handoffId: 'h1',
          input: {
            method: 'ON_SITE',
            verifiers: [
              { name: '王建国', deputy: false },
              { name: '李代表', deputy: true },
            ],
            results: [
              { findingId: 'f1', result: 'PASSED', opinion: null },
              { findingId: 'f2', result: 'FAILED', opinion: '指南仍为旧版' },
            ],
            opinion: null,
          },
        },
      }),
      expect.anything(),
    );
  });
});
