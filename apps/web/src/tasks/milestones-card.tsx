import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { formatDay, formatMinute } from '../common/format';
import { SubmitTaskMilestoneDocument, type TaskRowFragment } from '../graphql/generated/graphql';

type Milestone = TaskRowFragment['milestones'][number];

/** 时间节点 of the unified scheme; each is marked done here (submitMilestone). */
export function MilestonesCard({
  assignmentId,
  milestones,
  canSubmit,
}: {
  assignmentId: string;
  milestones: Milestone[];
  canSubmit: boolean;
}) {
  const [state, submit] = useMutation(SubmitTaskMilestoneDocument);
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ name: string; message: string } | null>(null);

  const run = async (name: string) => {
    setPending(name);
    setFailed(null);
    // The mutation answers the assignment with its milestones: urql's cache updates the list from it.
    const result = await submit({ assignmentId, name });
    setPending(null);
    if (result.error) {
      setFailed({ name, message: errorMessage(result.error) });
    }
  };

  return (
    <Card title="时间节点" size="small">
      <Table<Milestone>
        size="small"
        rowKey="name"
        dataSource={milestones}
        pagination={false}
        locale={{ emptyText: '统一方案未设时间节点' }}
        columns={[
          { title: '节点', dataIndex: 'name' },
          { title: '截止日期', key: 'due', render: (_, row) => formatDay(row.dueAt) },
          {
            title: '状态',
            key: 'state',
            render: (_, row) =>
              row.submittedAt ? (
                <Tag color="green">已完成 {formatMinute(row.submittedAt)}</Tag>
              ) : row.overdue ? (
                <Tag color="red">已逾期</Tag>
              ) : (
                <Tag>未完成</Tag>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, row) =>
              !row.submittedAt && canSubmit ? (
                <>
                  <Button
                    size="small"
                    loading={state.fetching && pending === row.name}
                    onClick={() => void run(row.name)}
                  >
                    标记完成
                  </Button>
                  {failed?.name === row.name && (
                    <Typography.Text type="danger" style={{ marginLeft: 8 }}>
                      {failed.message}
                    </Typography.Text>
                  )}
                </>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
