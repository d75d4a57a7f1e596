import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { problem, refusedWith } from '../common/refusal.fixture';
import { fakeClient, renderSignedIn, testUser } from '../handoffs/test-providers';
import { ReferDialog } from './referral-dialogs';

const BODIES = {
  collaboratingBodies: [
    { id: 'b1', kind: 'DISCIPLINE', name: '老城区纪委监委', contact: null, retiredAt: null },
    { id: 'b2', kind: 'AUDIT', name: '老城区审计局', contact: null, retiredAt: '2026-01-01T00:00:00Z' },
  ],
};

async function referTo(label: string, reason: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '移送单位' }));
  await userEvent.click(await screen.findByTitle(label));
  await userEvent.type(screen.getByLabelText('移送理由'), reason);
  await userEvent.click(screen.getByRole('button', { name: /移\s*送/ }));
}

describe('ReferDialog', () => {
  it('refers a ledger item to the chosen body with the reason, offering only bodies in use', async () => {
    const mutate = jest.fn(() => fromValue({ data: { referHandoff: { id: 'r1' } } }));
    const onClose = jest.fn();
    renderSignedIn(
      <ReferDialog subject={{ handoffId: 'h1' }} onClose={onClose} />,
      testUser(['COORDINATOR']),
      fakeClient(mutate, BODIES),
    );
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '移送单位' }));
    expect(await screen.findByTitle('老城区纪委监委(纪委监委)')).toBeInTheDocument();
    expect(screen.queryByTitle('老城区审计局(审计局)')).toBeNull();
    await userEvent.click(screen.getByTitle('老城区纪委监委(纪委监委)'));
    await userEvent.type(screen.getByLabelText('移送理由'), '涉嫌违纪');
    await userEvent.click(screen.getByRole('button', { name: /移\s*送/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { handoffId: 'h1', input: { bodyId: 'b1', reason: '涉嫌违纪' } },
      }),
      expect.anything(),
    );
  });

  it('shows a refusal about the body beside the body, and stays open', async () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        problem('input.bodyId', 'BODY_RETIRED', '协同单位「老城区纪委监委」已停用', 'that body is retired'),
      ],
    });
    const mutate = jest.fn(() => fromValue({ error }));
    const onClose = jest.fn();
    renderSignedIn(
      <ReferDialog subject={{ findingId: 'f1' }} onClose={onClose} />,
      testUser(['COORDINATOR']),
      fakeClient(mutate, BODIES),
    );
    await referTo('老城区纪委监委(纪委监委)', '涉嫌违纪');
    expect(await screen.findByText('协同单位「老城区纪委监委」已停用')).toBeInTheDocument();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { findingId: 'f1', input: { bodyId: 'b1', reason: '涉嫌违纪' } },
      }),
      expect.anything(),
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
