import { Button, Space, Typography } from 'antd';

/** 上一页 / 下一页 under a list paged by cursor, with the total the API counts. */
export function CursorPager({
  totalCount,
  pageNumber,
  hasNextPage,
  loading,
  onPrevious,
  onNext,
}: {
  totalCount: number | undefined;
  pageNumber: number;
  hasNextPage: boolean;
  loading: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <Space style={{ marginTop: 12, display: 'flex', justifyContent: 'flex-end' }}>
      <Typography.Text type="secondary" data-testid="total-count">
        共 {totalCount ?? '—'} 条 · 第 {pageNumber} 页
      </Typography.Text>
      <Button size="small" disabled={pageNumber <= 1 || loading} onClick={onPrevious}>
        上一页
      </Button>
      <Button size="small" disabled={!hasNextPage || loading} onClick={onNext}>
        下一页
      </Button>
    </Space>
  );
}
