import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { refusedWith } from '../../common/refusal.fixture';
import type { UnitRowFragment } from '../../graphql/generated/graphql';
import { fakeClient, renderSignedIn, testUser } from '../../handoffs/test-providers';
import { UnitsCard } from './units-card';

const MARKET: UnitRowFragment = {
  id: 'd1',
  code: 'market',
  name: '老城区市场监督管理局',
  kind: 'GOVERNMENT_DEPARTMENT',
  retiredAt: null,
  openHandoffs: 2,
};
const OLD: UnitRowFragment = {
  id: 'd2',
  code: 'old',
  name: '老城区原粮食局',
  kind: 'OTHER',
  retiredAt: '2026-03-01T00:00:00Z',
  openHandoffs: 0,
};

function renderCard(mutate: jest.Mock) {
  renderSignedIn(
    <UnitsCard />,
    testUser(['COORDINATOR']),
    fakeClient(mutate, { departments: [OLD, MARKET] }),
  );
}

describe('UnitsCard', () => {
  it('lists the units with their kind, state and open handoffs, those in use first', () => {
    renderCard(jest.fn());
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('market老城区市场监督管理局政府部门在用2');
    expect(rows[1]).toHaveTextContent('old老城区原粮食局其他已撤销 2026-03-01');
    expect(within(rows[1]).getByRole('button', { name: /恢\s*复/ })).toBeInTheDocument();
  });

  it('tells how many handoffs are open and to reassign them first when retiring is refused', async () => {
    const error = refusedWith({
      code: 'CONFLICT',
      reason: 'DEPARTMENT_HAS_OPEN_HANDOFFS',
      zh: '“老城区市场监督管理局”还有 2 件交办事项未销号,请先改派后再撤销',
      openHandoffs: 2,
    });
    const mutate = jest.fn(() => fromValue({ error }));
    renderCard(mutate);
    const row = screen.getAllByRole('row')[1];
    await userEvent.click(within(row).getByRole('button', { name: /撤\s*销/ }));
    const confirm = (await screen.findByText(/须先在“交办”中改派给其他单位/)).closest('.ant-popover')!;
    await userEvent.click(within(confirm as HTMLElement).getByRole('button', { name: /撤\s*销/ }));
    const title = await screen.findByText('不能撤销:「老城区市场监督管理局」还有 2 件交办事项未办结', {
      selector: '.ant-modal-confirm-title',
    });
    expect(title.closest('.ant-modal-confirm')).toHaveTextContent(
      '请先在“交办”中将这些事项改派给其他承办单位',
    );
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'd1' } }),
      expect.anything(),
    );
  });

  it('shows a taken code beside the code when adding a unit', async () => {
    const error = refusedWith({
      code: 'CONFLICT',
      reason: 'DUPLICATE_CODE',
      zh: '本机关已有编码为 market 的承办单位(已撤销的也保留编码)',
      duplicateCode: 'market',
    });
    renderCard(jest.fn(() => fromValue({ error })));
    await userEvent.click(screen.getByRole('button', { name: /新\s*增/ }));
    const dialog = await screen.findByRole('dialog', { name: '新增承办单位' });
    await userEvent.type(within(dialog).getByLabelText('编码'), 'market');
    await userEvent.type(within(dialog).getByLabelText('名称'), '市场监管局');
    await userEvent.click(within(dialog).getByLabelText('类型'));
    await userEvent.click(await screen.findByTitle('政府部门'));
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const message = await within(dialog).findByText('本机关已有编码为 market 的承办单位(已撤销的也保留编码)');
    expect(message.closest('.ant-form-item')).toHaveTextContent('编码');
  });

  it('checks the code’s form before sending', async () => {
    const mutate = jest.fn();
    renderCard(mutate);
    await userEvent.click(screen.getByRole('button', { name: /新\s*增/ }));
    const dialog = await screen.findByRole('dialog', { name: '新增承办单位' });
    await userEvent.type(within(dialog).getByLabelText('编码'), 'Water Bureau');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(
        within(dialog).getByText('编码须为 2–32 位小写字母、数字或连字符,以字母开头'),
      ).toBeInTheDocument(),
    );
    expect(mutate).not.toHaveBeenCalled();
  });
});
