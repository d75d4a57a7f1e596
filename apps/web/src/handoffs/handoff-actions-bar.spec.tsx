import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { refusedWith } from '../common/refusal.fixture';
import { HandoffActionsBar } from './handoff-actions-bar';
import { testHandoff } from './test-handoff';
import { fakeClient, renderSignedIn, testUser } from './test-providers';

const conflict = () =>
  fromValue({
    error: refusedWith({
      code: 'CONFLICT',
      reason: 'HANDOFF_ALREADY_SIGNED',
      zh: '该交办事项已签收',
      en: 'Already signed.',
    }),
  });

describe('HandoffActionsBar', () => {
  it('offers a department 签收 on an issued handoff and signs it', async () => {
    const mutate = jest.fn(() => fromValue({ data: { signHandoff: testHandoff({ status: 'SIGNED' }) } }));
    renderSignedIn(
      <HandoffActionsBar handoff={testHandoff()} />,
      testUser(['DEPARTMENT']),
      fakeClient(mutate),
    );
    expect(screen.queryByRole('button', { name: /验\s*收/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /签\s*收/ }));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'h1' } }),
      expect.anything(),
    );
  });

  it('shows why signing failed right under the buttons', async () => {
    renderSignedIn(
      <HandoffActionsBar handoff={testHandoff()} />,
      testUser(['DEPARTMENT']),
      fakeClient(jest.fn(conflict)),
    );
    await userEvent.click(screen.getByRole('button', { name: /签\s*收/ }));
    expect(await screen.findByText('该交办事项已签收')).toBeInTheDocument();
  });

  it('offers the handing-over coordinator 验收 on a replied handoff, and no department action', () => {
    renderSignedIn(
      <HandoffActionsBar handoff={testHandoff({ status: 'REPLIED' })} />,
      testUser(['COORDINATOR']),
      fakeClient(jest.fn()),
    );
    expect(screen.getByRole('button', { name: /^验\s*收$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /签\s*收/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报告整改情况' })).not.toBeInTheDocument();
  });

  it('shows a viewer no actions at all', () => {
    renderSignedIn(
      <HandoffActionsBar handoff={testHandoff({ status: 'REPLIED' })} />,
      testUser(['VIEWER']),
      fakeClient(jest.fn()),
    );
    expect(screen.queryByTestId('handoff-actions')).not.toBeInTheDocument();
  });
});
