import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { formProblems } from '../admin/form-refusal';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import type { ExpertConflictKind } from '../graphql/generated/enums';
import {
  DeclareExpertConflictDocument,
  DepartmentsDocument,
  ExpertDetailDocument,
  WithdrawExpertConflictDocument,
  type ExpertConflictRowFragment,
} from '../graphql/generated/graphql';
import { CONFLICT_KIND_LABEL, EXPERT_STATUS_LABEL } from './expert-labels';

interface ConflictValues {
  kind: Exclude<ExpertConflictKind, 'RECUSAL'>;
  departmentId: string;
  note?: string;
  declaredOn: Dayjs;
}

const CONTEXT = { additionalTypenames: ['ExpertConflict', 'ExpertAssignment'] };

/** One expert: declared conflicts (declare, withdraw), assignments and workload. */
export function ExpertDrawer({
  expertId,
  canEdit,
  onClose,
}: {
  expertId: string | null;
  canEdit: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<ConflictValues>();
  const [detail] = useQuery({
    query: ExpertDetailDocument,
    variables: { id: expertId ?? '' },
    pause: !expertId,
    context: CONTEXT,
  });
  const [departments] = useQuery({ query: DepartmentsDocument, variables: { tenantId: user.tenant.id } });
  const [declaring, declare] = useMutation(DeclareExpertConflictDocument);
  const [, withdraw] = useMutation(WithdrawExpertConflictDocument);
  const kind = Form.useWatch('kind', form);
  const expert = detail.data?.expert;
  const unitName = new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name]));

  const submit = async (values: ConflictValues) => {
    if (!expertId) {
      return;
    }
    const result = await declare({
      expertId,
      input: {
        kind: values.kind,
        departmentId: values.departmentId,
        note: values.note?.trim() || null,
        declaredOn: values.declaredOn.format('YYYY-MM-DD'),
      },
    });
    if (result.error) {
      form.setFields(
        formProblems(result.error, ['kind', 'departmentId', 'note', 'declaredOn'] as const, 'kind'),
      );
      return;
    }
    void message.success('已登记利益冲突申报');
    form.resetFields();
  };

  const withdrawConflict = async (conflict: ExpertConflictRowFragment) => {
    const result = await withdraw({ id: conflict.id });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success('已撤回申报');
  };

  return (
    <Drawer
      title={expert ? `专家:${expert.name}` : '专家'}
      width={720}
      open={expertId !== null}
      onClose={onClose}
    >
      {detail.error && <Alert type="error" showIcon message={errorMessage(detail.error)} />}
      {expert && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="领域">{expert.fields.join('、')}</Descriptions.Item>
            <Descriptions.Item label="状态">{EXPERT_STATUS_LABEL[expert.status]}</Descriptions.Item>
            <Descriptions.Item label="工作单位">{expert.organisation}</Descriptions.Item>
            <Descriptions.Item label="职称">{expert.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="聘期">
              {expert.termStartsOn} 至 {expert.termEndsOn}
            </Descriptions.Item>
            <Descriptions.Item label="本年参加">{expert.workload} 次</Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 16 }}>利益冲突申报</h4>
          <Table<ExpertConflictRowFragment>
            size="small"
            rowKey="id"
            dataSource={expert.conflicts}
            pagination={false}
            locale={{ emptyText: '无申报' }}
            columns={[
              { title: '类别', dataIndex: 'kind', render: (k: ExpertConflictKind) => CONFLICT_KIND_LABEL[k] },
              {
                title: '单位 / 活动',
                render: (_, c) =>
                  c.departmentId
                    ? (unitName.get(c.departmentId) ?? '下级单位')
                    : c.activityId
                      ? '指定监督活动'
                      : '指定项目',
              },
              { title: '说明', dataIndex: 'note', render: (note: string | null) => note ?? '—' },
              { title: '申报日期', dataIndex: 'declaredOn' },
              {
                title: '状态',
                render: (_, c) =>
                  c.withdrawnOn ? <Tag>已撤回 {c.withdrawnOn}</Tag> : <Tag color="red">有效</Tag>,
              },
              {
                title: '操作',
                render: (_, c) =>
                  canEdit && !c.withdrawnOn ? (
                    <Popconfirm
                      title="撤回该申报?"
                      okText="撤回"
                      cancelText="取消"
                      onConfirm={() => void withdrawConflict(c)}
                    >
                      <Button size="small">撤回</Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
          {canEdit && (
            <Form<ConflictValues>
              form={form}
              layout="inline"
              style={{ marginTop: 12, rowGap: 8 }}
              initialValues={{ kind: 'SAME_UNIT', declaredOn: dayjs() }}
              onFinish={(values) => void submit(values)}
            >
              <Form.Item name="kind" rules={[{ required: true }]}>
                <Select
                  style={{ width: 120 }}
                  options={[
                    { value: 'SAME_UNIT', label: CONFLICT_KIND_LABEL.SAME_UNIT },
                    { value: 'RELATION', label: CONFLICT_KIND_LABEL.RELATION },
                  ]}
                />
              </Form.Item>
              <Form.Item name="departmentId" rules={[{ required: true, message: '请选择单位' }]}>
                <Select
                  style={{ width: 220 }}
                  showSearch
                  optionFilterProp="label"
                  placeholder="单位"
                  options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              <Form.Item
                name="note"
                rules={[{ required: kind === 'RELATION', whitespace: true, message: '请说明利害关系' }]}
              >
                <Input style={{ width: 220 }} placeholder="说明,如 近亲属在该单位任职" />
              </Form.Item>
              <Form.Item name="declaredOn" rules={[{ required: true, message: '请选择申报日期' }]}>
                <DatePicker />
              </Form.Item>
              <Button htmlType="submit" loading={declaring.fetching}>
                申报
              </Button>
            </Form>
          )}
          <h4 style={{ marginTop: 16 }}>参加的监督活动</h4>
          <Table
            size="small"
            rowKey="id"
            dataSource={expert.assignments}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: '尚未受邀参加活动' }}
            columns={[
              { title: '邀请时间', dataIndex: 'invitedAt', render: (at: string) => formatDay(at) },
              {
                title: '专家意见',
                render: (_, a) => {
                  const current = a.opinions.find((o) => o.current);
                  return current ? `第 ${current.version} 稿` : '未提交';
                },
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
