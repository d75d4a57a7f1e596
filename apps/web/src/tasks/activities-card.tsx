import { Alert, Button, Card, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import { TaskActivitiesDocument, type TaskActivitiesQuery } from '../graphql/generated/graphql';
import { ActivityForm } from './activity-form';
import { expertsColumn } from './activity-experts';
import { activityDeputiesColumn } from './activity-deputies';

type Activity = TaskActivitiesQuery['activities'][number];

/** 监督活动 of the assignment, and a form to record one. */
export function ActivitiesCard({
  assignmentId,
  methods,
  canRecord,
}: {
  assignmentId: string;
  methods: ReadonlyArray<{ code: string; name: string }>;
  canRecord: boolean;
}) {
  const [result, reexecute] = useQuery({ query: TaskActivitiesDocument, variables: { assignmentId } });
  const [open, setOpen] = useState(false);

  return (
    <Card
      title="监督活动"
      size="small"
      extra={
        canRecord && (
          <Button size="small" onClick={() => setOpen(true)}>
            记录活动
          </Button>
        )
      }
    >
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <Table<Activity>
        size="small"
        rowKey="id"
        loading={result.fetching && !result.data}
        dataSource={result.data?.activities ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未记录监督活动' }}
        columns={[
          {
            title: '日期',
            key: 'date',
            render: (_, row) => formatDay(row.startsAt) + (row.endsAt ? ` 至 ${formatDay(row.endsAt)}` : ''),
          },
          {
            title: '方式',
            key: 'method',
            render: (_, row) => (
              <>
                {row.method.name}
                {row.covert && <Tag color="purple">暗访</Tag>}
              </>
            ),
          },
          { title: '地点', dataIndex: 'location' },
          { title: '概况', dataIndex: 'summary', ellipsis: true },
          {
            title: '参加人员',
            key: 'participants',
            render: (_, { participants: p }) =>
              `委员 ${p.members} · 代表 ${p.deputies} · 专家 ${p.experts} · 工作人员 ${p.staff}`,
          },
          expertsColumn<Activity>(assignmentId, canRecord),
          activityDeputiesColumn(assignmentId, canRecord, () => reexecute({ requestPolicy: 'network-only' })),
        ]}
      />
      <Modal title="记录监督活动" open={open} footer={null} onCancel={() => setOpen(false)} destroyOnClose>
        <ActivityForm
          assignmentId={assignmentId}
          methods={methods}
          onDone={() => {
            setOpen(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      </Modal>
    </Card>
  );
}
