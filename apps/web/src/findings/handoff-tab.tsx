import { Alert, Button, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { FindingsListDocument, type FindingRowFragment } from '../graphql/generated/graphql';
import { CursorPager } from '../common/cursor-pager';
import { useCursorPages } from '../common/cursor-pages';
import { findingColumns } from './finding-columns';
import { FINDING_LIST_CONTEXT } from './finding-list-context';
import { HandoffDialog } from './handoff-dialog';
import { sameProject } from './selection';

const PAGE_SIZE = 20;

/** 待交办: accepted findings not yet handed over; select some of one project and hand them over together. */
export function HandoffTab() {
  const user = useCurrentUser();
  const pages = useCursorPages();
  const [selected, setSelected] = useState<FindingRowFragment[]>([]);
  const [open, setOpen] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FindingsListDocument,
    variables: { filter: { status: ['ACCEPTED'] }, first: PAGE_SIZE, after: pages.after },
    context: FINDING_LIST_CONTEXT,
  });
  const connection = data?.findings;
  const oneProject = sameProject(selected);

  const handedOver = useCallback(() => {
    setOpen(false);
    setSelected([]);
    pages.reset();
    refetch({ requestPolicy: 'network-only' });
  }, [pages, refetch]);

  return (
    <>
      {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Space wrap>
        <Button type="primary" disabled={selected.length === 0 || !oneProject} onClick={() => setOpen(true)}>
          交办{selected.length > 0 ? `(${selected.length})` : ''}
        </Button>
        {!oneProject && (
          <Typography.Text type="danger" data-testid="handoff-selection-error">
            一次交办的问题须属于同一联动项目
          </Typography.Text>
        )}
      </Space>
      <Table<FindingRowFragment>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        columns={findingColumns<FindingRowFragment>()}
        pagination={false}
        scroll={{ x: true }}
        data-testid="handoff-table"
        locale={{ emptyText: '暂无待交办的问题' }}
        rowSelection={{
          selectedRowKeys: selected.map((row) => row.id),
          onChange: (_, rows) => setSelected(rows),
        }}
      />
      <CursorPager
        totalCount={connection?.totalCount}
        pageNumber={pages.pageNumber}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        loading={fetching}
        onPrevious={() => {
          setSelected([]);
          pages.previous();
        }}
        onNext={() => {
          setSelected([]);
          pages.next(connection?.pageInfo.endCursor);
        }}
      />
      <HandoffDialog
        tenantId={user.tenant.id}
        open={open}
        findingIds={selected.map((row) => row.id)}
        onClose={() => setOpen(false)}
        onHandedOver={handedOver}
      />
    </>
  );
}
