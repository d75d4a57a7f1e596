import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { ReviewActions } from './review-actions';
import { fakeClient, withClient } from './test-client';

function setup(selectedIds: string[]) {
  const mutate = jest.fn(() => fromValue({ data: { reviewFindings: selectedIds.map((id) => ({ id })) } }));
  const onReviewed = jest.fn();
  render(
    withClient(fakeClient({}, mutate), <ReviewActions selectedIds={selectedIds} onReviewed={onReviewed} />),
  );
  return { mutate, onReviewed };
}

function sentVariables(mutate: jest.Mock): unknown {
  const [operation] = mutate.mock.calls[0] as [{ variables: unknown }];
  return operation.variables;
}

describe('ReviewActions', () => {
  it('offers nothing until findings are selected', () => {
    setup([]);
    expect(screen.getByRole('button', { name: /采\s*纳/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /退\s*回/ })).toBeDisabled();
  });

  it('refuses to return without a reason, beside the reason box, and sends nothing', async () => {
    const { mutate } = setup(['f1']);
    await userEvent.click(screen.getByRole('button', { name: '退回(1)' }));
    expect(await screen.findByText('退回时须填写退回理由')).toBeInTheDocument();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('returns the selected findings with the reason written', async () => {
    const { mutate, onReviewed } = setup(['f1', 'f2']);
    await userEvent.type(screen.getByLabelText('退回理由(退回时必填)'), '未写明收费依据');
    await userEvent.click(screen.getByRole('button', { name: '退回(2)' }));
    await waitFor(() => expect(onReviewed).toHaveBeenCalled());
    expect(sentVariables(mutate)).toEqual({ ids: ['f1', 'f2'], accept: false, reason: '未写明收费依据' });
  });

  it('accepts without asking for a reason', async () => {
    const { mutate, onReviewed } = setup(['f1']);
    await userEvent.click(screen.getByRole('button', { name: '采纳(1)' }));
    await waitFor(() => expect(onReviewed).toHaveBeenCalled());
    expect(sentVariables(mutate)).toEqual({ ids: ['f1'], accept: true, reason: null });
  });
});
