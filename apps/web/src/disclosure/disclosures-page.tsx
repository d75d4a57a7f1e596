import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { beijingYear, formatDay } from '../common/format';
import { LEVEL_LABEL } from '../common/labels';
import type { DisclosureChannel, DisclosureStatus, DisclosureSubjectKind } from '../graphql/generated/enums';
import {
  ApproveDisclosureDocument,
  DisclosureCountsDocument,
  DisclosuresDocument,
  DisclosureSubjectsDocument,
  ProposeDisclosureDocument,
  PublishDisclosureDocument,
  RedactDisclosureDocument,
  RejectDisclosureDocument,
  WithdrawDisclosureDocument,
  type DisclosureRowFragment,
} from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from '../handoffs/action-modal';
import {
  DISCLOSURE_CHANNEL_LABEL,
  DISCLOSURE_STATUS_COLOR,
  DISCLOSURE_STATUS_LABEL,
  DISCLOSURE_SUBJECT_LABEL,
} from './disclosure-labels';

const CURRENT_YEAR = beijingYear();
const YEARS = Array.from({ length: 7 }, (_, index) => CURRENT_YEAR - index);
// urql re-runs a query whenever its context object changes: one object for every render.
const CONTEXT = { additionalTypenames: ['Disclosure'] };
const CHANNELS = Object.keys(DISCLOSURE_CHANNEL_LABEL) as DisclosureChannel[];
const STATUSES = Object.keys(DISCLOSURE_STATUS_LABEL) as DisclosureStatus[];
const PROPOSABLE: DisclosureSubjectKind[] = ['CLOSURE', 'PROJECT_SUMMARY', 'REPORT'];

type Action = 'redact' | 'reject' | 'publish' | 'withdraw' | 'view';

/**
 * 公开发布: the office's items for publication. Staff propose one from a closed ledger item or a joint project
 * (the server drafts it with personal data and 暗访 sources masked), redact it by hand against the draft, a
 * coordinator other than the proposer approves or rejects it, and records where and when it was published.
 */
export default function DisclosuresPage() {
  const user = useCurrentUser();
  const [year, setYear] = useState(CURRENT_YEAR);
  const [status, setStatus] = useState<DisclosureStatus | undefined>();
  const [channel, setChannel] = useState<DisclosureChannel | undefined>();
  const [result] = useQuery({
    query: DisclosuresDocument,
    variables: { filter: { year, status, channel } },
    context: CONTEXT,
  });
  const [counts] = useQuery({ query: DisclosureCountsDocument, variables: { year }, context: CONTEXT });
  const [proposing, setProposing] = useState(false);
  const [acting, setActing] = useState<{ action: Action; row: DisclosureRowFragment } | null>(null);
  const [, approve] = useMutation(ApproveDisclosureDocument);
  const [approveError, setApproveError] = useState<string | null>(null);
  const coordinator = user.roles.includes('COORDINATOR');
  const proposer = coordinator || user.roles.includes('MEMBER');
  const rows = result.data?.disclosures ?? [];

  const onApprove = async (row: DisclosureRowFragment) => {
    setApproveError(null);
    const outcome = await approve({ id: row.id });
    if (outcome.error) {
      setApproveError(errorMessage(outcome.error));
    }
  };

  const actionsOf = (row: DisclosureRowFragment) => {
    const own = row.tenant.id === user.tenant.id;
    const open = row.status === 'PROPOSED' || row.status === 'REDACTED';
    return (
      <Space wrap size="small">
        <Button size="small" onClick={() => setActing({ action: 'view', row })}>
          查看
        </Button>
        {own && open && proposer && (
          <Button size="small" onClick={() => setActing({ action: 'redact', row })}>
            脱敏编辑
          </Button>
        )}
        {own && open && coordinator && row.proposedBy !== user.id && (
          <Button size="small" type="primary" onClick={() => void onApprove(row)}>
            批准
          </Button>
        )}
        {own && open && coordinator && (
          <Button size="small" danger onClick={() => setActing({ action: 'reject', row })}>
            不予公开
          </Button>
        )}
        {own && row.status === 'APPROVED' && coordinator && (
          <Button size="small" type="primary" onClick={() => setActing({ action: 'publish', row })}>
            登记发布
          </Button>
        )}
        {own && (row.status === 'APPROVED' || row.status === 'PUBLISHED') && coordinator && (
          <Button size="small" danger onClick={() => setActing({ action: 'withdraw', row })}>
            撤回
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="disclosures-title">
            公开发布
          </Typography.Title>
          <Select
            aria-label="年度"
            value={year}
            style={{ width: 120 }}
            options={YEARS.map((option) => ({ value: option, label: `${option} 年` }))}
            onChange={setYear}
          />
          <Select
            aria-label="状态"
            allowClear
            placeholder="全部状态"
            value={status}
            style={{ width: 140 }}
            options={STATUSES.map((value) => ({ value, label: DISCLOSURE_STATUS_LABEL[value] }))}
            onChange={setStatus}
          />
          <Select
            aria-label="渠道"
            allowClear
            placeholder="全部渠道"
            value={channel}
            style={{ width: 160 }}
            options={CHANNELS.map((value) => ({ value, label: DISCLOSURE_CHANNEL_LABEL[value] }))}
            onChange={setChannel}
          />
        </Space>
        {proposer && (
          <Button type="primary" onClick={() => setProposing(true)}>
            提请公开
          </Button>
        )}
      </Space>
      <Counts
        year={year}
        data={counts.data?.disclosureCounts}
        error={counts.error ? errorMessage(counts.error) : null}
      />
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {approveError && (
        <Alert type="error" showIcon closable message={approveError} onClose={() => setApproveError(null)} />
      )}
      <Table<DisclosureRowFragment>
        rowKey="id"
        data-testid="disclosures"
        loading={result.fetching}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={`${year} 年暂无公开事项`} /> }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          {
            title: '内容',
            dataIndex: 'subjectKind',
            width: 110,
            render: (kind: DisclosureSubjectKind) => DISCLOSURE_SUBJECT_LABEL[kind],
          },
          {
            title: '渠道',
            dataIndex: 'channel',
            width: 120,
            render: (value: DisclosureChannel) => DISCLOSURE_CHANNEL_LABEL[value],
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (value: DisclosureStatus) => (
              <Tag color={DISCLOSURE_STATUS_COLOR[value]}>{DISCLOSURE_STATUS_LABEL[value]}</Tag>
            ),
          },
          {
            title: '发布日期',
            dataIndex: 'publishedOn',
            width: 120,
            render: (day: string | null) => day ?? '—',
          },
          { title: '机关', dataIndex: ['tenant', 'name'], width: 160 },
          { title: '操作', key: 'actions', width: 260, render: (_, row) => actionsOf(row) },
        ]}
      />
      {proposing && <ProposeDialog year={year} onClose={() => setProposing(false)} />}
      {acting?.action === 'redact' && <RedactDialog row={acting.row} onClose={() => setActing(null)} />}
      {acting?.action === 'reject' && (
        <ReasonDialog row={acting.row} withdraw={false} onClose={() => setActing(null)} />
      )}
      {acting?.action === 'withdraw' && (
        <ReasonDialog row={acting.row} withdraw onClose={() => setActing(null)} />
      )}
      {acting?.action === 'publish' && <PublishDialog row={acting.row} onClose={() => setActing(null)} />}
      {acting?.action === 'view' && <ViewDialog row={acting.row} onClose={() => setActing(null)} />}
    </Space>
  );
}

function Counts({
  year,
  data,
  error,
}: {
  year: number;
  data:
    | {
        total: number;
        byChannel: Array<{ channel: DisclosureChannel; count: number }>;
        byLevel: Array<{ level: keyof typeof LEVEL_LABEL; count: number }>;
      }
    | undefined;
  error: string | null;
}) {
  if (error) {
    return <Alert type="error" showIcon message={error} />;
  }
  return (
    <Card size="small" title={`${year} 年已发布`} data-testid="disclosure-counts">
      <Row gutter={[16, 16]}>
        <Col>
          <Statistic title="合计" value={data?.total ?? 0} />
        </Col>
        {(data?.byChannel ?? []).map((row) => (
          <Col key={row.channel}>
            <Statistic title={DISCLOSURE_CHANNEL_LABEL[row.channel]} value={row.count} />
          </Col>
        ))}
        {(data?.byLevel ?? [])
          .filter((row) => row.count > 0)
          .map((row) => (
            <Col key={row.level}>
              <Statistic title={LEVEL_LABEL[row.level]} value={row.count} />
            </Col>
          ))}
      </Row>
    </Card>
  );
}

/** 提请公开: a closed ledger item or a joint project of the year, and the channel. */
function ProposeDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const [, propose] = useMutation(ProposeDisclosureDocument);
  const [subjects] = useQuery({ query: DisclosureSubjectsDocument, variables: { year } });
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('subjectKind', form) as DisclosureSubjectKind | undefined;
  const closures = (subjects.data?.ledger.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.letterNo} ${node.title ?? ''}(${node.department.name},${formatDay(node.closedAt)} 销号)`,
  }));
  const projects = (subjects.data?.jointProjects ?? []).map((project) => ({
    value: project.id,
    label: `${project.year} ${project.title}`,
  }));
  return (
    <ActionModal
      open
      title="提请公开"
      okText="提请"
      success="已提请公开,系统已自动脱敏"
      form={form}
      initialValues={{ subjectKind: 'CLOSURE', channel: 'WEBSITE' }}
      onClose={onClose}
      onSubmit={(values) =>
        propose({
          input: {
            subjectKind: values['subjectKind'] as DisclosureSubjectKind,
            subjectId: (values['subjectId'] as string | undefined) ?? '',
            channel: values['channel'] as DisclosureChannel,
            title: (values['title'] as string | undefined) || null,
          },
        })
      }
    >
      <Form.Item label="公开内容" name="subjectKind" rules={[{ required: true }]}>
        <Select
          aria-label="公开内容"
          options={PROPOSABLE.map((value) => ({ value, label: DISCLOSURE_SUBJECT_LABEL[value] }))}
          onChange={() => form.setFieldValue('subjectId', undefined)}
        />
      </Form.Item>
      <Form.Item
        label={kind === 'CLOSURE' ? '已销号事项' : '联动监督项目'}
        name="subjectId"
        rules={[{ required: true, message: '请选择' }]}
      >
        <Select
          aria-label="公开对象"
          showSearch
          optionFilterProp="label"
          loading={subjects.fetching}
          options={kind === 'CLOSURE' ? closures : projects}
        />
      </Form.Item>
      <Form.Item label="发布渠道" name="channel" rules={[{ required: true }]}>
        <Select
          aria-label="发布渠道"
          options={CHANNELS.map((value) => ({ value, label: DISCLOSURE_CHANNEL_LABEL[value] }))}
        />
      </Form.Item>
      <Form.Item label="标题(可选,默认据内容生成)" name="title">
        <Input maxLength={200} />
      </Form.Item>
    </ActionModal>
  );
}

/** 脱敏编辑: the draft beside the text to publish; the server masks personal data and 暗访 sources again. */
function RedactDialog({ row, onClose }: { row: DisclosureRowFragment; onClose: () => void }) {
  const [, redact] = useMutation(RedactDisclosureDocument);
  return (
    <ActionModal
      open
      title="脱敏编辑"
      okText="保存"
      success="已保存,系统已重新自动脱敏"
      initialValues={{ body: row.body }}
      onClose={onClose}
      onSubmit={(values) => redact({ id: row.id, body: (values['body'] as string | undefined) ?? '' })}
    >
      <Typography.Text strong>系统草稿(已自动脱敏)</Typography.Text>
      <Typography.Paragraph
        data-testid="disclosure-draft"
        style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8 }}
      >
        {row.draft}
      </Typography.Paragraph>
      <Form.Item label="公开文本" name="body" rules={[{ required: true, message: '请填写公开文本' }]}>
        <Input.TextArea rows={10} aria-label="公开文本" />
      </Form.Item>
    </ActionModal>
  );
}

function ReasonDialog({
  row,
  withdraw,
  onClose,
}: {
  row: DisclosureRowFragment;
  withdraw: boolean;
  onClose: () => void;
}) {
  const [, reject] = useMutation(RejectDisclosureDocument);
  const [, withdrawIt] = useMutation(WithdrawDisclosureDocument);
  return (
    <ActionModal
      open
      title={withdraw ? '撤回公开' : '不予公开'}
      okText="确定"
      success={withdraw ? '已撤回' : '已退回'}
      onClose={onClose}
      onSubmit={(values) => {
        const reason = (values['reason'] as string | undefined) ?? '';
        return withdraw ? withdrawIt({ id: row.id, reason }) : reject({ id: row.id, reason });
      }}
    >
      <Form.Item label="理由" name="reason" rules={[{ required: true, message: '请说明理由' }]}>
        <Input.TextArea rows={3} aria-label="理由" />
      </Form.Item>
    </ActionModal>
  );
}

/** 登记发布: where (the address) and when (a day, Beijing) it appeared. */
function PublishDialog({ row, onClose }: { row: DisclosureRowFragment; onClose: () => void }) {
  const [, publish] = useMutation(PublishDisclosureDocument);
  return (
    <ActionModal
      open
      title="登记发布"
      okText="登记"
      success="已登记发布"
      initialValues={{ publishedOn: dayjs() }}
      onClose={onClose}
      onSubmit={(values) => {
        const day = values['publishedOn'];
        return publish({
          id: row.id,
          input: {
            url: (values['url'] as string | undefined) || null,
            publishedOn: dayjs.isDayjs(day) ? day.format('YYYY-MM-DD') : '',
          },
        });
      }}
    >
      <Form.Item
        label="发布网址"
        name="url"
        rules={[{ required: row.channel !== 'DEPUTIES', message: '请填写网址' }]}
      >
        <Input aria-label="发布网址" placeholder="https://" />
      </Form.Item>
      <Form.Item label="发布日期" name="publishedOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker aria-label="发布日期" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </ActionModal>
  );
}

function ViewDialog({ row, onClose }: { row: DisclosureRowFragment; onClose: () => void }) {
  return (
    <Modal open title={row.title} footer={null} onCancel={onClose} width={720}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="渠道">{DISCLOSURE_CHANNEL_LABEL[row.channel]}</Descriptions.Item>
        <Descriptions.Item label="状态">{DISCLOSURE_STATUS_LABEL[row.status]}</Descriptions.Item>
        <Descriptions.Item label="发布日期">{row.publishedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="网址">
          {row.url ? (
            <a href={row.url} target="_blank" rel="noreferrer">
              {row.url}
            </a>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {row.reason && <Descriptions.Item label="理由">{row.reason}</Descriptions.Item>}
      </Descriptions>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>系统草稿(已自动脱敏)</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8 }}>
            {row.draft}
          </Typography.Paragraph>
        </Col>
        <Col span={12}>
          <Typography.Text strong>公开文本</Typography.Text>
          <Typography.Paragraph
            data-testid="disclosure-body"
            style={{ whiteSpace: 'pre-wrap', background: '#f6ffed', padding: 8 }}
          >
            {row.body}
          </Typography.Paragraph>
        </Col>
      </Row>
    </Modal>
  );
}
