import { App, Button, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { DEPUTY_LEVEL_LABEL, PARTICIPATION_STATUS_LABEL } from '../deputies/deputy-labels';
import {
  ActivityDeputiesDocument,
  DeputyCandidatesDocument,
  InviteDeputiesDocument,
  RecordDeputyAttendanceDocument,
  type ActivityDeputiesQuery,
} from '../graphql/generated/graphql';

type Named = ActivityDeputiesQuery['activities'][number]['deputies'][number];

/** The 代表 column of the activities table: who is named, and 邀请代表 for those who record activities. */
export function activityDeputiesColumn(assignmentId: string, canInvite: boolean, onChanged: () => void) {
  return {
    title: '邀请代表',
    key: 'namedDeputies',
    width: 120,
    render: (_: unknown, row: { id: string }) => (
      <ActivityDeputies
        assignmentId={assignmentId}
        activityId={row.id}
        canInvite={canInvite}
        onChanged={onChanged}
      />
    ),
  };
}

/** 邀请代表 to one activity: choose deputies of the roster (and those below), then record 出席 / 缺席. */
export function ActivityDeputies({
  assignmentId,
  activityId,
  canInvite,
  onChanged,
}: {
  assignmentId: string;
  activityId: string;
  canInvite: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [named, refetch] = useQuery({ query: ActivityDeputiesDocument, variables: { assignmentId } });
  const [candidates] = useQuery({ query: DeputyCandidatesDocument, pause: !open });
  const [inviting, invite] = useMutation(InviteDeputiesDocument);
  const [, attend] = useMutation(RecordDeputyAttendanceDocument);
  const deputies = named.data?.activities.find((activity) => activity.id === activityId)?.deputies ?? [];
  const changed = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  const submit = async () => {
    const result = await invite({
      input: { target: { kind: 'ACTIVITY', id: activityId }, deputyIds: chosen },
    });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已邀请 ${chosen.length} 名代表`);
    setChosen([]);
    changed();
  };

  const record = async (participation: Named, attended: boolean) => {
    const result = await attend({ id: participation.id, attended });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    changed();
  };

  return (
    <>
      <Button size="small" data-testid={`activity-deputies-${activityId}`} onClick={() => setOpen(true)}>
        {deputies.length > 0 ? `代表 ${deputies.length}` : canInvite ? '邀请代表' : '代表'}
      </Button>
      <Modal
        title="邀请代表"
        open={open}
        footer={null}
        width={640}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {canInvite && (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                mode="multiple"
                aria-label="选择代表"
                data-testid="deputy-select"
                placeholder="从代表名册中选择"
                style={{ width: '100%' }}
                value={chosen}
                onChange={setChosen}
                loading={candidates.fetching}
                optionFilterProp="label"
                options={(candidates.data?.deputies ?? []).map((deputy) => ({
                  value: deputy.id,
                  label: `${deputy.name}(${DEPUTY_LEVEL_LABEL[deputy.level]}·${deputy.constituency})`,
                }))}
              />
              <Button
                type="primary"
                disabled={chosen.length === 0}
                loading={inviting.fetching}
                onClick={() => void submit()}
              >
                邀请
              </Button>
            </Space.Compact>
          )}
          <Table<Named>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={deputies}
            locale={{ emptyText: '尚未邀请代表' }}
            columns={[
              { title: '代表', key: 'name', render: (_, row) => row.deputy.name },
              { title: '层级', key: 'level', render: (_, row) => DEPUTY_LEVEL_LABEL[row.deputy.level] },
              {
                title: '情况',
                dataIndex: 'status',
                render: (_, row) => (
                  <Tag
                    color={row.status === 'ATTENDED' ? 'green' : row.status === 'ABSENT' ? 'red' : undefined}
                  >
                    {PARTICIPATION_STATUS_LABEL[row.status]}
                  </Tag>
                ),
              },
              {
                title: '登记',
                key: 'record',
                render: (_, row) =>
                  canInvite ? (
                    <Space size="small">
                      <Button
                        size="small"
                        disabled={row.status === 'ATTENDED'}
                        onClick={() => void record(row, true)}
                      >
                        出席
                      </Button>
                      <Button
                        size="small"
                        disabled={row.status === 'ABSENT'}
                        onClick={() => void record(row, false)}
                      >
                        缺席
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        </Space>
      </Modal>
    </>
  );
}
