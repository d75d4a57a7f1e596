import type { HTMLAttributes } from 'react';
import { Button, Input, Table, Typography } from 'antd';
import { PASTE_COLUMNS, type PasteField, type PasteRow, type RowErrors } from './paste-rows';

/**
 * The pasted rows as an editable table: every cell can be corrected in place, and each row's problems
 * (found here, or named by the API for that row) are shown in red beside the cell they concern.
 */
export function PastePreview({
  rows,
  errors,
  rowMessages,
  onEdit,
  onRemove,
}: {
  rows: PasteRow[];
  errors: RowErrors[];
  /** Problems the API named for a row without a column the table shows. */
  rowMessages: string[][];
  onEdit: (index: number, field: PasteField, value: string) => void;
  onRemove: (index: number) => void;
}) {
  const indexed = rows.map((row, index) => ({ row, index }));
  return (
    <Table<{ row: PasteRow; index: number }>
      size="small"
      rowKey="index"
      dataSource={indexed}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      data-testid="paste-preview"
      onRow={({ index }) => ({ 'data-testid': `paste-row-${index}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '行', key: 'number', width: 48, render: (_, { index }) => index + 1 },
        ...PASTE_COLUMNS.map((column) => ({
          title: column.required ? `*${column.header}` : column.header,
          key: column.field,
          render: (_: unknown, { row, index }: { row: PasteRow; index: number }) => {
            const error = errors[index]?.[column.field];
            return (
              <div style={{ minWidth: column.field === 'description' ? 200 : 110 }}>
                <Input
                  size="small"
                  aria-label={`第 ${index + 1} 行${column.header}`}
                  status={error ? 'error' : undefined}
                  value={row[column.field]}
                  onChange={(event) => onEdit(index, column.field, event.target.value)}
                />
                {error && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="cell-error">
                    {error}
                  </Typography.Text>
                )}
              </div>
            );
          },
        })),
        {
          title: '',
          key: 'actions',
          render: (_, { index }) => (
            <>
              <Button size="small" type="link" danger onClick={() => onRemove(index)}>
                删除
              </Button>
              {(rowMessages[index] ?? []).map((message) => (
                <Typography.Text key={message} type="danger" style={{ display: 'block', fontSize: 12 }}>
                  {message}
                </Typography.Text>
              ))}
            </>
          ),
        },
      ]}
    />
  );
}
