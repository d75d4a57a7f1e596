import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';

/**
 * Page-by-page navigation over a cursor connection: the API gives only "after this cursor", so the pager
 * remembers the cursor of every page it has passed to be able to step back.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const page = cursors.length;
  const next = useCallback((endCursor: string) => setCursors((list) => [...list, endCursor]), []);
  const previous = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after: cursors[page - 1] ?? null, page, next, previous, reset };
}

export function CursorPager({
  page,
  pageSize,
  totalCount,
  endCursor,
  hasNextPage,
  onNext,
  onPrevious,
}: {
  page: number;
  pageSize: number;
  totalCount: number | undefined;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}) {
  const pages = totalCount === undefined ? undefined : Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
      <Typography.Text type="secondary" data-testid="total-count">
        共 {totalCount ?? '—'} 条{pages !== undefined && `,第 ${page} / ${pages} 页`}
      </Typography.Text>
      <Button size="small" disabled={page <= 1} onClick={onPrevious}>
        上一页
      </Button>
      <Button
        size="small"
        disabled={!hasNextPage || !endCursor}
        onClick={() => endCursor && onNext(endCursor)}
      >
        下一页
      </Button>
    </Space>
  );
}
