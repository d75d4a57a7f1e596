import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyRow } from './paste-rows';
import { PastePreview } from './paste-preview';

describe('PastePreview', () => {
  it('shows each row’s errors beside its own cells, and row-level messages beside that row only', () => {
    const rows = [
      { ...emptyRow(), title: '好的一行' },
      { ...emptyRow(), title: '' },
    ];
    render(
      <PastePreview
        rows={rows}
        errors={[{}, { title: '问题标题不能为空' }]}
        rowMessages={[[], ['监督活动不存在']]}
        onEdit={jest.fn()}
        onRemove={jest.fn()}
      />,
    );
    expect(screen.getByTestId('paste-row-0')).not.toHaveTextContent('不能为空');
    expect(screen.getByTestId('paste-row-1')).toHaveTextContent('问题标题不能为空');
    expect(screen.getByTestId('paste-row-1')).toHaveTextContent('监督活动不存在');
    expect(
      screen.getByLabelText('第 2 行问题标题').closest('.ant-input-status-error, .ant-input'),
    ).toHaveClass('ant-input-status-error');
  });

  it('reports an edit with the row and column it was made in', async () => {
    const onEdit = jest.fn();
    render(
      <PastePreview
        rows={[emptyRow()]}
        errors={[{}]}
        rowMessages={[[]]}
        onEdit={onEdit}
        onRemove={jest.fn()}
      />,
    );
    await userEvent.type(screen.getByLabelText('第 1 行问题类别'), '类');
    expect(onEdit).toHaveBeenCalledWith(0, 'category', '类');
  });
});
