import {
  App,
  Button,
  Divider,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  type UploadFile,
} from 'antd';
import type { ColumnType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useApiFetch, useCurrentUser } from '../auth/auth-context';
import { downloadFile } from '../common/download';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import {
  ActivityExpertsDocument,
  DepartmentsDocument,
  ExpertFieldsDocument,
  InviteExpertsDocument,
  ProposeExpertsDocument,
  RecordExpertOpinionDocument,
  RecuseExpertDocument,
  type ActivityExpertsQuery,
  type ProposeExpertsQuery,
} from '../graphql/generated/graphql';
import { EvidenceUpload, evidenceHashes } from './evidence-upload';

type Invited = ActivityExpertsQuery['activities'][number]['experts'][number];
type Candidate = ProposeExpertsQuery['proposeExperts']['candidates'][number];

const CONTEXT = { additionalTypenames: ['ExpertAssignment', 'ExpertOpinion'] };

interface ProposalValues {
  field: string;
  subjectDepartmentIds: string[];
  count: number;
}

/** The 专家 column of the activities table: who is invited, and 邀请专家 for the tier that owns the activity. */
export function expertsColumn<T extends { id: string }>(
  assignmentId: string,
  canInvite: boolean,
): ColumnType<T> {
  return {
    title: '专家',
    key: 'experts',
    render: (_, row) => (
      <ActivityExperts assignmentId={assignmentId} activityId={row.id} canInvite={canInvite} />
    ),
  };
}

/**
 * 邀请专家 for one activity: choose a field and the units supervised (被监督单位), see whom the pool proposes
 * (the least loaded first) and who is excluded and why, invite, and record each expert's opinion as a file.
 */
export function ActivityExperts({
  assignmentId,
  activityId,
  canInvite,
}: {
  assignmentId: string;
  activityId: string;
  canInvite: boolean;
}) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const apiFetch = useApiFetch();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ProposalValues>();
  const [asked, setAsked] = useState<ProposalValues | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [activities, refetch] = useQuery({
    query: ActivityExpertsDocument,
    variables: { assignmentId },
    context: CONTEXT,
  });
  const [catalogue] = useQuery({ query: ExpertFieldsDocument, pause: !open });
  const [departments] = useQuery({
    query: DepartmentsDocument,
    variables: { tenantId: user.tenant.id },
    pause: !open,
  });
  const [proposal, repropose] = useQuery({
    query: ProposeExpertsDocument,
    variables: { input: { activityId, ...(asked ?? { field: '', subjectDepartmentIds: [], count: 5 }) } },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const [inviting, invite] = useMutation(InviteExpertsDocument);
  const invited = activities.data?.activities.find((a) => a.id === activityId)?.experts ?? [];
  const unitName = new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name]));
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    if (asked) {
      repropose({ requestPolicy: 'network-only' });
    }
  };

  const inviteSelected = async () => {
    const result = await invite({
      input: { activityId, expertIds: selected, subjectDepartmentIds: asked?.subjectDepartmentIds ?? [] },
    });
    if (result.error) {
      const problems = fieldErrors(result.error);
      void message.error(
        problems.length > 0 ? problems.map((p) => p.message).join(';') : errorMessage(result.error),
      );
      return;
    }
    void message.success(`已邀请 ${result.data?.inviteExperts.length ?? 0} 位专家`);
    setSelected([]);
    reload();
  };

  return (
    <>
      <Space size={4} wrap>
        {invited.map((x) => (
          <Tag key={x.id}>{x.expert.name}</Tag>
        ))}
        <Button size="small" onClick={() => setOpen(true)}>
          {canInvite ? '邀请专家' : '专家'}
        </Button>
      </Space>
      <Modal
        title="邀请专家"
        width={860}
        open={open}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="activity-experts"
      >
        <h4>已邀请</h4>
        <List<Invited>
          size="small"
          dataSource={invited}
          locale={{ emptyText: '尚未邀请专家' }}
          renderItem={(x) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  <b>{x.expert.name}</b>({x.expert.organisation})
                  {x.subjectDepartmentIds.length > 0 &&
                    ` · 被监督单位:${x.subjectDepartmentIds.map((id) => unitName.get(id) ?? '下级单位').join('、')}`}
                </span>
                {x.opinions.map((o) => (
                  <span key={o.id}>
                    <Tag color={o.current ? 'blue' : 'default'}>第 {o.version} 稿</Tag>
                    {o.summary}{' '}
                    <Button
                      size="small"
                      type="link"
                      onClick={() =>
                        void downloadFile(apiFetch, o.file.url, o.file.name).then(
                          (error) => error && void message.error(error),
                        )
                      }
                    >
                      {o.file.name}
                    </Button>
                  </span>
                ))}
                {canInvite && <OpinionForm assignmentId={x.id} onSaved={reload} />}
              </Space>
            </List.Item>
          )}
        />
        {canInvite && (
          <>
            <Divider />
            <Form<ProposalValues>
              form={form}
              layout="inline"
              initialValues={{ subjectDepartmentIds: [], count: 5 }}
              onFinish={(values) => {
                setSelected([]);
                setAsked({ ...values });
              }}
              style={{ rowGap: 8 }}
            >
              <Form.Item name="field" label="领域" rules={[{ required: true, message: '请选择领域' }]}>
                <Select
                  style={{ width: 150 }}
                  showSearch
                  options={(catalogue.data?.expertFields ?? []).map((f) => ({ value: f, label: f }))}
                />
              </Form.Item>
              <Form.Item name="subjectDepartmentIds" label="被监督单位">
                <Select
                  mode="multiple"
                  style={{ width: 300 }}
                  optionFilterProp="label"
                  placeholder="选择本次监督的单位"
                  options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              <Form.Item name="count" label="人数">
                <InputNumber min={1} max={50} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={proposal.fetching}>
                推荐
              </Button>
            </Form>
            {proposal.error && <p style={{ color: '#cf1322' }}>{errorMessage(proposal.error)}</p>}
            {proposal.data && (
              <>
                <h4 style={{ marginTop: 12 }}>推荐人选(按本年参加次数)</h4>
                <Table<Candidate>
                  size="small"
                  rowKey={(c) => c.expert.id}
                  dataSource={proposal.data.proposeExperts.candidates}
                  pagination={false}
                  locale={{ emptyText: '该领域暂无可推荐的专家' }}
                  rowSelection={{
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys.map(String)),
                  }}
                  columns={[
                    { title: '姓名', render: (_, c) => c.expert.name },
                    { title: '工作单位', render: (_, c) => c.expert.organisation },
                    { title: '本年参加', dataIndex: 'workload', render: (n: number) => `${n} 次` },
                    { title: '推荐理由', dataIndex: 'why' },
                    {
                      title: '回避',
                      render: (_, c) => (
                        <RecusalButton activityId={activityId} expertId={c.expert.id} onDone={reload} />
                      ),
                    },
                  ]}
                />
                <Button
                  type="primary"
                  style={{ marginTop: 8 }}
                  disabled={selected.length === 0}
                  loading={inviting.fetching}
                  onClick={() => void inviteSelected()}
                >
                  邀请所选
                </Button>
                <h4 style={{ marginTop: 12 }}>不予推荐</h4>
                <List
                  size="small"
                  data-testid="excluded-experts"
                  dataSource={proposal.data.proposeExperts.excluded}
                  locale={{ emptyText: '无' }}
                  renderItem={(x) => (
                    <List.Item>
                      {x.expert.name}({x.expert.organisation}) <Tag color="red">{x.text}</Tag>
                    </List.Item>
                  )}
                />
              </>
            )}
          </>
        )}
      </Modal>
    </>
  );
}

/** 申请回避: the expert asks to stand aside from this activity, with the reason; withdrawn on the 专家库 page. */
function RecusalButton({
  activityId,
  expertId,
  onDone,
}: {
  activityId: string;
  expertId: string;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [, recuse] = useMutation(RecuseExpertDocument);

  const submit = async () => {
    const result = await recuse({
      expertId,
      input: { kind: 'RECUSAL', activityId, note: reason.trim(), declaredOn: dayjs().format('YYYY-MM-DD') },
    });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success('已登记回避申请');
    setReason('');
    onDone();
  };

  return (
    <Popconfirm
      title="申请回避"
      description={
        <Input.TextArea
          rows={2}
          value={reason}
          maxLength={500}
          placeholder="回避理由"
          onChange={(event) => setReason(event.target.value)}
        />
      }
      okText="登记"
      cancelText="取消"
      okButtonProps={{ disabled: reason.trim() === '' }}
      onConfirm={() => void submit()}
    >
      <Button size="small">申请回避</Button>
    </Popconfirm>
  );
}

/** 上传专家意见: the file to POST /files, then the opinion that cites it (a new one supersedes the last). */
function OpinionForm({ assignmentId, onSaved }: { assignmentId: string; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ files: UploadFile[]; summary: string }>();
  const [recording, record] = useMutation(RecordExpertOpinionDocument);

  const submit = async (values: { files: UploadFile[]; summary: string }) => {
    const [sha256] = evidenceHashes(values.files).slice(-1);
    if (!sha256) {
      form.setFields([{ name: 'files', errors: ['请先上传意见文件'] }]);
      return;
    }
    const result = await record({
      expertAssignmentId: assignmentId,
      input: { sha256, summary: values.summary.trim() },
    });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已登记第 ${result.data?.recordExpertOpinion.version ?? ''} 稿专家意见`);
    form.resetFields();
    onSaved();
  };

  return (
    <Form form={form} layout="inline" onFinish={(values) => void submit(values)} style={{ rowGap: 8 }}>
      <Form.Item name="files" valuePropName="value">
        <EvidenceUpload />
      </Form.Item>
      <Form.Item name="summary" rules={[{ required: true, whitespace: true, message: '请填写意见摘要' }]}>
        <Input style={{ width: 260 }} placeholder="意见摘要" maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" loading={recording.fetching}>
        登记意见
      </Button>
    </Form>
  );
}
