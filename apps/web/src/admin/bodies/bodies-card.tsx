import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../../common/error-message';
import { formatDay } from '../../common/format';
import type { CollaboratingBodyKind } from '../../graphql/generated/enums';
import {
  AddCollaboratingBodyDocument,
  CollaboratingBodiesDocument,
  RetireCollaboratingBodyDocument,
  type CollaboratingBodyRowFragment,
} from '../../graphql/generated/graphql';
import { formProblems } from '../form-refusal';

export const BODY_KIND_LABEL: Record<CollaboratingBodyKind, string> = {
  AUDIT: '审计局',
  DISCIPLINE: '纪委监委',
  COURT: '法院',
  PROCURATORATE: '检察院',
  FINANCE: '财政局',
  STATISTICS: '统计局',
  PETITIONS: '信访局',
  OTHER: '其他',
};

interface BodyValues {
  kind: CollaboratingBodyKind;
  name: string;
  contact?: string;
}

const BODY_FIELDS = ['kind', 'name', 'contact'] as const;

/**
 * 协同单位: the bodies the office works with (审计、纪委监委、法院、检察院 …), to which findings and ledger
 * items are referred (线索移送). A body is 停用 (never deleted): its referrals stay.
 */
export function BodiesCard() {
  const { message } = App.useApp();
  const [bodies, refetch] = useQuery({ query: CollaboratingBodiesDocument });
  const [adding, add] = useMutation(AddCollaboratingBodyDocument);
  const [, retire] = useMutation(RetireCollaboratingBodyDocument);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [form] = Form.useForm<BodyValues>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (values: BodyValues) => {
    const name = values.name.trim();
    const result = await add({
      input: { kind: values.kind, name, contact: values.contact?.trim() || null },
    });
    if (result.error) {
      form.setFields(formProblems(result.error, BODY_FIELDS, 'name'));
      return;
    }
    void message.success(`已新增协同单位「${name}」`);
    setOpen(false);
    reload();
  };

  const retireBody = async (body: CollaboratingBodyRowFragment) => {
    setBusy(body.id);
    const result = await retire({ id: body.id });
    setBusy(null);
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已停用「${body.name}」`);
    reload();
  };

  return (
    <Card
      title="协同单位"
      size="small"
      data-testid="bodies-card"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          新增
        </Button>
      }
    >
      <Table<CollaboratingBodyRowFragment>
        rowKey="id"
        size="small"
        loading={bodies.fetching && !bodies.data}
        dataSource={bodies.data?.collaboratingBodies ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: bodies.error ? errorMessage(bodies.error) : '暂无协同单位' }}
        columns={[
          {
            title: '类别',
            dataIndex: 'kind',
            width: 110,
            render: (kind: CollaboratingBodyKind) => BODY_KIND_LABEL[kind],
          },
          { title: '名称', dataIndex: 'name' },
          { title: '联系方式', dataIndex: 'contact', render: (contact: string | null) => contact ?? '—' },
          {
            title: '状态',
            width: 160,
            render: (_, body) =>
              body.retiredAt ? <Tag>已停用 {formatDay(body.retiredAt)}</Tag> : <Tag color="green">在用</Tag>,
          },
          {
            title: '操作',
            width: 100,
            render: (_, body) =>
              body.retiredAt ? null : (
                <Popconfirm
                  title={`停用「${body.name}」?`}
                  description="停用后保留其移送记录,今后不能再向其移送。"
                  okText="停用"
                  cancelText="取消"
                  onConfirm={() => void retireBody(body)}
                >
                  <Button size="small" danger loading={busy === body.id}>
                    停用
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        title="新增协同单位"
        open={open}
        okText="保存"
        cancelText="取消"
        confirmLoading={adding.fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<BodyValues>
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select
              placeholder="请选择"
              showSearch
              optionFilterProp="label"
              options={Object.entries(BODY_KIND_LABEL).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label="名称"
            rules={[
              { required: true, whitespace: true, message: '请填写名称' },
              { max: 100, message: '名称最多 100 字' },
            ]}
          >
            <Input placeholder="如 市纪委监委" />
          </Form.Item>
          <Form.Item name="contact" label="联系方式" rules={[{ max: 200, message: '最多 200 字' }]}>
            <Input placeholder="联系人和电话" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
