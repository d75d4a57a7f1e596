import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Chart } from '../charts/chart';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import {
  ResultsIndicatorValuesDocument,
  ResultsProjectIndicatorsDocument,
  ResultsRecordIndicatorValueDocument,
} from '../graphql/generated/graphql';
import { formatActual, metLabel, type Standing, targetLabel, tiersChart } from './indicator-standings';

// urql re-runs a query whenever its context object changes: one object for every render.
const INDICATORS_CONTEXT = { additionalTypenames: ['IndicatorValue'] };

interface ValueForm {
  code: string;
  value: number;
  source: string;
  measuredOn: string;
  milestone?: string;
}

function MetTag({ met }: { met: boolean | null }) {
  const color = met === null ? 'default' : met ? 'green' : 'red';
  return <Tag color={color}>{metLabel(met)}</Tag>;
}

/**
 * 统一效果: each unified indicator's target against the actual of this tier (rolled up over its subtree) and of
 * each tier directly below; a bar chart per indicator; and, for a tier taking part, a form to enter its own
 * actual of an indicator the data cannot compute, with its source and the day measured.
 */
export function IndicatorsCard({
  projectId,
  milestones,
  canEnter,
}: {
  projectId: string;
  milestones: readonly string[];
  canEnter: boolean;
}) {
  const [standings] = useQuery({
    query: ResultsProjectIndicatorsDocument,
    variables: { projectId },
    context: INDICATORS_CONTEXT,
  });
  const rows = useMemo(() => standings.data?.projectIndicators ?? [], [standings.data]);
  const [charted, setCharted] = useState<string | null>(null);
  // The chart opens on the first indicator some tier has a value of.
  const chartedStanding =
    rows.find((row) => row.code === charted) ??
    rows.find((row) => row.tiers.some((tier) => tier.actual !== null)) ??
    rows[0];
  const chartOption = useMemo(
    () => (chartedStanding ? tiersChart(chartedStanding) : null),
    [chartedStanding],
  );
  const entered = rows.filter((row) => !row.computed);

  return (
    <Card title="统一效果" size="small" data-testid="indicators">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {standings.error && <Alert type="error" showIcon message={errorMessage(standings.error)} />}
        <Typography.Text type="secondary">
          系统计算的指标(交办率、整改完成率、按期办结率、逾期率、满意率)按本级及下级的问题、交办和测评数据自动计算;其余指标由各级填报,本级未填报时取下级已填报数值的平均值。
        </Typography.Text>
        <Table<Standing>
          rowKey="code"
          size="small"
          loading={standings.fetching}
          dataSource={rows}
          pagination={false}
          expandable={{
            expandedRowRender: (standing) => <TiersTable standing={standing} />,
          }}
          onRow={(standing) => ({ 'data-testid': `indicator-${standing.code}` }) as object}
          columns={[
            { title: '指标', dataIndex: 'name' },
            {
              title: '来源',
              render: (_, standing) =>
                standing.computed ? <Tag color="blue">系统计算</Tag> : <Tag>各级填报</Tag>,
            },
            { title: '目标值', render: (_, standing) => targetLabel(standing) },
            {
              title: '实际值',
              render: (_, standing) => <span data-testid="actual">{formatActual(standing.actual)}</span>,
            },
            { title: '达标情况', render: (_, standing) => <MetTag met={standing.met} /> },
          ]}
        />
        {chartedStanding && chartOption && (
          <div>
            <Space>
              <Typography.Text>分级对比:</Typography.Text>
              <Select
                style={{ minWidth: 260 }}
                value={chartedStanding.code}
                onChange={setCharted}
                options={rows.map((row) => ({ value: row.code, label: row.name }))}
              />
            </Space>
            <Chart option={chartOption} height={260} testId="indicators-chart" />
          </div>
        )}
        {canEnter && entered.length > 0 && (
          <EnterValueForm projectId={projectId} indicators={entered} milestones={milestones} />
        )}
      </Space>
    </Card>
  );
}

function TiersTable({ standing }: { standing: Standing }) {
  return (
    <Table
      rowKey="tenantId"
      size="small"
      pagination={false}
      dataSource={standing.tiers}
      columns={[
        { title: '层级', dataIndex: 'tenantName' },
        { title: '实际值', render: (_, tier) => formatActual(tier.actual) },
        { title: '达标情况', render: (_, tier) => <MetTag met={tier.met} /> },
      ]}
    />
  );
}

function EnterValueForm({
  projectId,
  indicators,
  milestones,
}: {
  projectId: string;
  indicators: Standing[];
  milestones: readonly string[];
}) {
  const [form] = Form.useForm<ValueForm>();
  const [recording, record] = useMutation(ResultsRecordIndicatorValueDocument);
  const [saved, setSaved] = useState<string | null>(null);
  const code = Form.useWatch('code', form);
  const [history] = useQuery({
    query: ResultsIndicatorValuesDocument,
    variables: { projectId, code: code ?? '' },
    pause: !code,
    context: INDICATORS_CONTEXT,
  });

  const submit = async (values: ValueForm) => {
    setSaved(null);
    const result = await record(
      {
        projectId,
        input: {
          code: values.code,
          value: values.value,
          source: values.source,
          measuredOn: values.measuredOn,
          milestone: values.milestone ?? null,
        },
      },
      INDICATORS_CONTEXT,
    );
    if (result.data) {
      setSaved(`已填报:${result.data.recordIndicatorValue.value}`);
      form.resetFields(['value', 'source']);
    }
  };

  return (
    <Card type="inner" size="small" title="填报本级实际值" data-testid="enter-indicator">
      <Form<ValueForm>
        name="indicator-value"
        form={form}
        layout="vertical"
        initialValues={{ measuredOn: formatDay(new Date().toISOString()) }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="code" label="指标" rules={[{ required: true, message: '请选择指标' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={indicators.map((indicator) => ({ value: indicator.code, label: indicator.name }))}
          />
        </Form.Item>
        <Form.Item name="value" label="实际值" rules={[{ required: true, message: '请填写实际值' }]}>
          <InputNumber style={{ width: '100%' }} data-testid="indicator-value" />
        </Form.Item>
        <Form.Item
          name="source"
          label="数据来源"
          rules={[{ required: true, whitespace: true, message: '请填写数据来源,如 统计局年报' }]}
        >
          <Input placeholder="如:统计局年报" data-testid="indicator-source" />
        </Form.Item>
        <Form.Item
          name="measuredOn"
          label="统计日期"
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请按 YYYY-MM-DD 填写' }]}
        >
          <Input placeholder="YYYY-MM-DD" data-testid="indicator-measured-on" />
        </Form.Item>
        {milestones.length > 0 && (
          <Form.Item name="milestone" label="阶段节点(可选)">
            <Select allowClear options={milestones.map((name) => ({ value: name, label: name }))} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={recording.fetching}>
          填报
        </Button>
      </Form>
      {recording.error && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message={errorMessage(recording.error)} />
      )}
      {saved && !recording.error && (
        <Alert style={{ marginTop: 12 }} type="success" showIcon message={saved} />
      )}
      {code && (history.data?.indicatorValues.length ?? 0) > 0 && (
        <Table
          style={{ marginTop: 12 }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={history.data?.indicatorValues ?? []}
          data-testid="indicator-history"
          columns={[
            { title: '统计日期', dataIndex: 'measuredOn' },
            { title: '实际值', dataIndex: 'value' },
            { title: '来源', dataIndex: 'source' },
            { title: '阶段', render: (_, row) => row.milestone ?? '—' },
            { title: '填报时间', render: (_, row) => formatDay(row.recordedAt) },
          ]}
        />
      )}
    </Card>
  );
}
