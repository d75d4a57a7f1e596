import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Modal, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../../auth/auth-context';
import { errorMessage } from '../../common/error-message';
import { formatDay } from '../../common/format';
import { DEPARTMENT_KIND_LABEL } from '../../common/labels';
import {
  ReinstateDepartmentDocument,
  RetireDepartmentDocument,
  UnitsDocument,
  type UnitRowFragment,
} from '../../graphql/generated/graphql';
import { SheetImport } from '../sheet-import';
import { UnitDialog } from './unit-dialog';
import { openHandoffsOf, retireWarning, sortedUnits } from './unit-rows';

type Editing = { unit: UnitRowFragment | null } | null;

/**
 * 承办单位: the units this office hands findings to. Added by hand or from Excel, renamed, retired (never
 * deleted: a retired unit keeps its handoffs and history) and reinstated.
 */
export function UnitsCard() {
  const user = useCurrentUser();
  const { message, modal } = App.useApp();
  const [includeRetired, setIncludeRetired] = useState(false);
  const [units, refetch] = useQuery({
    query: UnitsDocument,
    variables: { tenantId: user.tenant.id, includeRetired },
  });
  const [, retire] = useMutation(RetireDepartmentDocument);
  const [, reinstate] = useMutation(ReinstateDepartmentDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const rows = useMemo(() => sortedUnits(units.data?.departments ?? []), [units.data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const retireUnit = async (unit: UnitRowFragment) => {
    setBusy(unit.id);
    const result = await retire({ id: unit.id });
    setBusy(null);
    if (result.error) {
      const open = openHandoffsOf(result.error.graphQLErrors[0]?.extensions);
      if (open !== null) {
        modal.warning({
          title: `不能撤销:「${unit.name}」还有 ${open} 件交办事项未办结`,
          content: '请先在“交办”中将这些事项改派给其他承办单位,再撤销本单位。',
          okText: '知道了',
        });
        reload();
      } else {
        void message.error(errorMessage(result.error));
      }
      return;
    }
    void message.success(`已撤销「${unit.name}」`);
    reload();
  };

  const reinstateUnit = async (unit: UnitRowFragment) => {
    setBusy(unit.id);
    const result = await reinstate({ id: unit.id });
    setBusy(null);
    if (result.error) {
      void message.error(errorMessage(result.error));
      return;
    }
    void message.success(`已恢复「${unit.name}」`);
    reload();
  };

  return (
    <Card
      title="承办单位"
      size="small"
      data-testid="units-card"
      extra={
        <Space>
          <Space size={4}>
            <Switch
              size="small"
              checked={includeRetired}
              onChange={setIncludeRetired}
              aria-label="显示已撤销"
            />
            <Typography.Text>显示已撤销</Typography.Text>
          </Space>
          <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
            Excel 导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unit: null })}>
            新增
          </Button>
        </Space>
      }
    >
      <Table<UnitRowFragment>
        rowKey="id"
        size="small"
        loading={units.fetching && !units.data}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: units.error ? errorMessage(units.error) : '暂无承办单位' }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 160 },
          { title: '名称', dataIndex: 'name' },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 140,
            render: (kind: UnitRowFragment['kind']) => DEPARTMENT_KIND_LABEL[kind],
          },
          {
            title: '状态',
            width: 160,
            render: (_, unit) =>
              unit.retiredAt ? <Tag>已撤销 {formatDay(unit.retiredAt)}</Tag> : <Tag color="green">在用</Tag>,
          },
          {
            title: '未办结交办',
            dataIndex: 'openHandoffs',
            width: 110,
            align: 'right',
            render: (count: number) => (count > 0 ? <Typography.Text strong>{count}</Typography.Text> : 0),
          },
          {
            title: '操作',
            width: 160,
            render: (_, unit) =>
              unit.retiredAt ? (
                <Button size="small" loading={busy === unit.id} onClick={() => void reinstateUnit(unit)}>
                  恢复
                </Button>
              ) : (
                <Space>
                  <Button size="small" onClick={() => setEditing({ unit })}>
                    修改
                  </Button>
                  <Popconfirm
                    title={`撤销「${unit.name}」?`}
                    description={<div style={{ maxWidth: 280 }}>{retireWarning(unit)}</div>}
                    okText="撤销"
                    cancelText="取消"
                    onConfirm={() => void retireUnit(unit)}
                  >
                    <Button size="small" danger loading={busy === unit.id}>
                      撤销
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <UnitDialog
        unit={editing?.unit ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={reload}
      />
      <Modal
        title="从 Excel 导入承办单位"
        open={importing}
        footer={null}
        width={720}
        onCancel={() => setImporting(false)}
        destroyOnHidden
      >
        <SheetImport
          what="承办单位"
          templatePath="/templates/departments.xlsx"
          templateName="承办单位导入模板.xlsx"
          importPath="/imports/departments"
          onImported={reload}
        />
      </Modal>
    </Card>
  );
}
