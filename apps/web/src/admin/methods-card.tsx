import { App, Button, Card, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import {
  CreateSupervisionMethodDocument,
  RetireSupervisionMethodDocument,
  SupervisionMethodCatalogueDocument,
} from '../graphql/generated/graphql';
import { catalogueRows, METHOD_CODE_PATTERN, type CatalogueRow } from './method-catalogue';
import { RenameMethodButton } from './rename-method-button';

interface NewMethod {
  code: string;
  name: string;
}

/** 监督方式: the catalogue every finding names its method from; methods are retired, never deleted. */
export function MethodsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewMethod>();
  const [catalogue, refetch] = useQuery({ query: SupervisionMethodCatalogueDocument });
  const [creating, create] = useMutation(CreateSupervisionMethodDocument);
  const [, retire] = useMutation(RetireSupervisionMethodDocument);
  const [retiring, setRetiring] = useState<string | null>(null);
  const rows = useMemo(() => (catalogue.data ? catalogueRows(catalogue.data) : []), [catalogue.data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const add = async (values: NewMethod) => {
    const result = await create({ code: values.code.trim(), name: values.name.trim() });
    if (result.error) {
      const fields = fieldErrors(result.error).filter((f) => f.field === 'code' || f.field === 'name');
      if (fields.length > 0) {
        form.setFields(fields.map((f) => ({ name: f.field as keyof NewMethod, errors: [f.message] })));
      } else {
        form.setFields([{ name: 'code', errors: [errorMessage(result.error)] }]);
      }
      return;
    }
    form.resetFields();
    void message.success('已新增监督方式');
    reload();
  };

  const retireMethod = async (row: CatalogueRow) => {
    setRetiring(row.code);
    const result = await retire({ code: row.code });
    setRetiring(null);
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已停用「${row.name}」`);
    reload();
  };

  return (
    <Card title="监督方式" size="small" data-testid="methods-card">
      <Form form={form} layout="inline" onFinish={(values) => void add(values)} style={{ marginBottom: 16 }}>
        <Form.Item
          name="code"
          label="编码"
          rules={[
            { required: true, message: '请填写编码' },
            { pattern: METHOD_CODE_PATTERN, message: '编码须为 2–40 位大写字母、数字或下划线,以字母开头' },
          ]}
        >
          <Input placeholder="如 FIELD_VISIT" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
        >
          <Input placeholder="如 实地察看" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={creating.fetching}>
            新增
          </Button>
        </Form.Item>
      </Form>
      <Table<CatalogueRow>
        rowKey="code"
        size="small"
        loading={catalogue.fetching && !catalogue.data}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: catalogue.error ? errorMessage(catalogue.error) : '暂无监督方式' }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 200 },
          { title: '名称', dataIndex: 'name' },
          {
            title: '状态',
            width: 100,
            render: (_, row) => (row.retired ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>),
          },
          {
            title: '操作',
            width: 180,
            render: (_, row) =>
              row.retired ? null : (
                <Space>
                  <RenameMethodButton method={row} onRenamed={reload} />
                  <Popconfirm
                    title={`停用「${row.name}」?`}
                    description="已报送问题中的记录保留,今后不能再选用。"
                    okText="停用"
                    cancelText="取消"
                    onConfirm={() => void retireMethod(row)}
                  >
                    <Button size="small" danger loading={retiring === row.code}>
                      停用
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
