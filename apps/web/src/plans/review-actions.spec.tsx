import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { ReviewActions } from './review-actions';

function fakeClient() {
  const executeMutation = jest.fn(() =>
    fromValue({ data: { reviewLocalPlan: { id: 'p1', status: 'RETURNED', reviewReason: '缺少乡镇分工' } } }),
  );
  const client = {
    executeQuery: () => never,
    executeMutation,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, executeMutation };
}

describe('ReviewActions', () => {
  it('refuses to accept a plan with blocking problems', () => {
    const { client } = fakeClient();
    render(
      <Provider value={client}>
        <ReviewActions localPlanId="p1" conforms={false} />
      </Provider>,
    );
    expect(screen.getByRole('button', { name: /^通\s*过$/ })).toBeDisabled();
  });

  it('asks for a reason beside the field before returning a plan, and sends it', async () => {
    const { client, executeMutation } = fakeClient();
    const onDecided = jest.fn();
    render(
      <Provider value={client}>
        <ReviewActions localPlanId="p1" conforms onDecided={onDecided} />
      </Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /^退\s*回$/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(dialog.querySelector('.ant-btn-dangerous') as HTMLElement);
    expect(await screen.findByText('请填写退回理由')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    fireEvent.change(screen.getByPlaceholderText('请说明需要补充或修改的内容'), {
      target: { value: '缺少乡镇分工' },
    });
    await userEvent.click(dialog.querySelector('.ant-btn-dangerous') as HTMLElement);
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith('RETURNED'));
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'p1', accept: false, reason: '缺少乡镇分工' } }),
      expect.anything(),
    );
  });
});
