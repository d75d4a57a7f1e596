import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SheetImport } from '../admin/sheet-import';
import { formProblems } from '../admin/form-refusal';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import type { DeputyLevel, DeputyStatus } from '../graphql/generated/enums';
import {
  AddDeputyDocument,
  DeputiesDocument,
  DeputyRecordDocument,
  EndDeputyTermDocument,
  UpdateDeputyDocument,
  type DeputyRowFragment,
} from '../graphql/generated/graphql';
import {
  DEPUTY_LEVEL_LABEL,
  DEPUTY_STATUS_LABEL,
  PARTICIPATION_STATUS_LABEL,
  PARTICIPATION_TARGET_LABEL,
} from './deputy-labels';

interface DeputyValues {
  name: string;
  level: DeputyLevel;
  constituency: string;
  term: string;
  termStartsOn: Dayjs;
  termEndsOn: Dayjs;
  workplace?: string;
}

const DEPUTY_FIELDS = [
  'name',
  'level',
  'constituency',
  'term',
  'termStartsOn',
  'termEndsOn',
  'workplace',
] as const;
const CONTEXT = { additionalTypenames: ['Deputy'] };

/**
 * 代表名册: the deputies of this tier (and, when asked, of the tiers below it), added by hand or from Excel,
 * edited, their term ended; each deputy's participation record and count in a drawer.
 */
export default function DeputiesPage() {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const keeps = user.roles.includes('ADMIN') || user.roles.includes('COORDINATOR');
  const [level, setLevel] = useState<DeputyLevel | null>(null);
  const [status, setStatus] = useState<DeputyStatus | null>(null);
  const [search, setSearch] = useState('');
  const [includeBelow, setIncludeBelow] = useState(false);
  const [result, refetch] = useQuery({
    query: DeputiesDocument,
    variables: { filter: { level, status, search: search || null, includeBelow } },
    context: CONTEXT,
  });
  const [editing, setEditing] = useState<{ deputy: DeputyRowFragment | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const [, endTerm] = useMutation(EndDeputyTermDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const end = async (deputy: DeputyRowFragment) => {
    const result = await endTerm({ id: deputy.id, reason: '终止代表资格' });
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已终止${deputy.name}的代表资格`);
    reload();
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="deputies-title">
          代表名册
        </Typography.Title>
        {keeps && (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              Excel 导入
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ deputy: null })}>
              新增代表
            </Button>
          </Space>
        )}
      </Space>
      <Space wrap>
        <Select<DeputyLevel | null>
          aria-label="代表层级"
          style={{ width: 140 }}
          value={level}
          onChange={setLevel}
          options={[
            { value: null, label: '全部层级' },
            ...Object.entries(DEPUTY_LEVEL_LABEL).map(([value, label]) => ({
              value: value as DeputyLevel,
              label: `${label}人大代表`,
            })),
          ]}
        />
        <Select<DeputyStatus | null>
          aria-label="状态"
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: null, label: '全部状态' },
            ...Object.entries(DEPUTY_STATUS_LABEL).map(([value, label]) => ({
              value: value as DeputyStatus,
              label,
            })),
          ]}
        />
        <Input.Search
          aria-label="搜索姓名或选区"
          placeholder="姓名或选区"
          allowClear
          style={{ width: 220 }}
          onSearch={(value) => setSearch(value.trim())}
        />
        <Checkbox checked={includeBelow} onChange={(event) => setIncludeBelow(event.target.checked)}>
          含下级名册
        </Checkbox>
      </Space>
      <Table<DeputyRowFragment>
        rowKey="id"
        size="small"
        data-testid="deputies-table"
        loading={result.fetching && !result.data}
        dataSource={result.data?.deputies ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: result.error ? errorMessage(result.error) : '名册中暂无代表' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, deputy) => (
              <Button type="link" size="small" onClick={() => setViewing(deputy.id)}>
                {name}
              </Button>
            ),
          },
          {
            title: '层级',
            dataIndex: 'level',
            width: 80,
            render: (value: DeputyLevel) => DEPUTY_LEVEL_LABEL[value],
          },
          { title: '选区', dataIndex: 'constituency' },
          { title: '届次', dataIndex: 'term', width: 100 },
          {
            title: '任期',
            key: 'termOf',
            width: 200,
            render: (_, deputy) => `${deputy.termStartsOn} 至 ${deputy.termEndsOn}`,
          },
          { title: '工作单位及职务', dataIndex: 'workplace', ellipsis: true },
          ...(includeBelow
            ? [{ title: '名册', key: 'tenant', render: (_: unknown, d: DeputyRowFragment) => d.tenant.name }]
            : []),
          { title: '出席次数', dataIndex: 'participationCount', width: 90 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (value: DeputyStatus) => (
              <Tag color={value === 'ACTIVE' ? 'green' : undefined}>{DEPUTY_STATUS_LABEL[value]}</Tag>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, deputy) =>
              keeps && deputy.tenant.id === user.tenant.id && deputy.status === 'ACTIVE' ? (
                <Space size="small">
                  <Button size="small" onClick={() => setEditing({ deputy })}>
                    编辑
                  </Button>
                  <Popconfirm
                    title={`终止${deputy.name}的代表资格?`}
                    description="保留在名册中,今后不能再邀请。"
                    okText="终止"
                    cancelText="取消"
                    onConfirm={() => void end(deputy)}
                  >
                    <Button size="small" danger>
                      终止资格
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {editing && (
        <DeputyDialog
          deputy={editing.deputy}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      <Modal
        title="Excel 导入代表名册"
        open={importing}
        footer={null}
        onCancel={() => setImporting(false)}
        destroyOnHidden
      >
        <SheetImport
          what="代表"
          templatePath="/templates/deputies.xlsx"
          templateName="代表名册导入模板.xlsx"
          importPath="/imports/deputies"
          onImported={reload}
        />
      </Modal>
      <DeputyDrawer id={viewing} onClose={() => setViewing(null)} />
    </Space>
  );
}

function DeputyDialog({
  deputy,
  onClose,
  onSaved,
}: {
  deputy: DeputyRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeputyValues>();
  const [adding, add] = useMutation(AddDeputyDocument);
  const [updating, update] = useMutation(UpdateDeputyDocument);

  const submit = async (values: DeputyValues) => {
    const input = {
      name: values.name.trim(),
      level: values.level,
      constituency: values.constituency.trim(),
      term: values.term.trim(),
      termStartsOn: values.termStartsOn.format('YYYY-MM-DD'),
      termEndsOn: values.termEndsOn.format('YYYY-MM-DD'),
      workplace: values.workplace?.trim() ?? '',
    };
    const result = deputy ? await update({ id: deputy.id, input }) : await add({ input });
    if (result.error) {
      form.setFields(formProblems(result.error, DEPUTY_FIELDS, 'name'));
      return;
    }
    void message.success(deputy ? `已保存${input.name}` : `已添加代表${input.name}`);
    onSaved();
  };

  return (
    <Modal
      title={deputy ? '编辑代表' : '新增代表'}
      open
      okText="保存"
      cancelText="取消"
      confirmLoading={adding.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DeputyValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          deputy
            ? {
                ...deputy,
                termStartsOn: dayjs(deputy.termStartsOn),
                termEndsOn: dayjs(deputy.termEndsOn),
              }
            : undefined
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="level" label="代表层级" rules={[{ required: true, message: '请选择层级' }]}>
          <Select options={Object.entries(DEPUTY_LEVEL_LABEL).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="constituency"
          label="选区/代表团"
          rules={[{ required: true, whitespace: true, message: '请填写选区' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="term"
          label="届次"
          rules={[{ required: true, whitespace: true, message: '请填写届次' }]}
        >
          <Input placeholder="如 第十六届" maxLength={30} />
        </Form.Item>
        <Space>
          <Form.Item name="termStartsOn" label="任期起" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="termEndsOn" label="任期止" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="workplace" label="工作单位及职务">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A deputy's participation record (履职记录) and how often the deputy attended. */
function DeputyDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const [result] = useQuery({
    query: DeputyRecordDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const deputy = result.data?.deputy;
  return (
    <Drawer
      title={deputy ? `${deputy.name} 履职记录` : '履职记录'}
      open={id !== null}
      width={640}
      onClose={onClose}
    >
      {result.error && <Typography.Text type="danger">{errorMessage(result.error)}</Typography.Text>}
      {deputy && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="层级">{DEPUTY_LEVEL_LABEL[deputy.level]}</Descriptions.Item>
            <Descriptions.Item label="选区">{deputy.constituency}</Descriptions.Item>
            <Descriptions.Item label="届次">{deputy.term}</Descriptions.Item>
            <Descriptions.Item label="出席次数">
              <span data-testid="deputy-participation-count">{deputy.participationCount}</span>
            </Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={deputy.participations}
            locale={{ emptyText: '暂无参与记录' }}
            columns={[
              {
                title: '类别',
                dataIndex: 'targetKind',
                width: 110,
                render: (kind: keyof typeof PARTICIPATION_TARGET_LABEL) => PARTICIPATION_TARGET_LABEL[kind],
              },
              { title: '事项', dataIndex: 'targetTitle', render: (title: string | null) => title ?? '—' },
              {
                title: '时间',
                key: 'at',
                width: 110,
                render: (_, row) => formatDay(row.targetAt ?? row.invitedAt),
              },
              {
                title: '情况',
                dataIndex: 'status',
                width: 80,
                render: (value: keyof typeof PARTICIPATION_STATUS_LABEL) => PARTICIPATION_STATUS_LABEL[value],
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
