import { Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { formatDay } from '../common/format';
import type { UnificationSection } from '../graphql/generated/enums';
import type { UnificationsDetailFragment } from '../graphql/generated/graphql';

/** The body of one of the five sections, read-only. */
export function SectionView({
  section,
  unified,
}: {
  section: UnificationSection;
  unified: UnificationsDetailFragment;
}) {
  switch (section) {
    case 'LEADERSHIP':
      return (
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="牵头机构">{unified.leadership.leadBody}</Descriptions.Item>
          <Descriptions.Item label="负责人">{unified.leadership.leader}</Descriptions.Item>
          <Descriptions.Item label="统筹办公室">{unified.leadership.office ?? '—'}</Descriptions.Item>
        </Descriptions>
      );
    case 'SCHEME':
      return (
        <>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="实施期间">
              {formatDay(unified.scheme.startsAt)} 至 {formatDay(unified.scheme.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label="监督目标与范围" span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {unified.scheme.objectives}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={unified.scheme.milestones}
            columns={[
              { title: '时间节点', dataIndex: 'name' },
              { title: '统一截止日期', render: (_, milestone) => formatDay(milestone.dueAt) },
            ]}
          />
        </>
      );
    case 'METHODS':
      return (
        <Space wrap>
          {unified.methods.map((method) => (
            <Tag key={method.code} color="blue">
              {method.name}
            </Tag>
          ))}
        </Space>
      );
    case 'POLICY':
      return (
        <>
          <List
            size="small"
            header="法律依据"
            dataSource={unified.policy.legalBasis}
            renderItem={(basis) => <List.Item>{basis}</List.Item>}
            locale={{ emptyText: '未列出' }}
          />
          <Table
            size="small"
            rowKey="code"
            pagination={unified.policy.checklist.length > 20 ? { pageSize: 20 } : false}
            dataSource={unified.policy.checklist}
            columns={[
              { title: '编号', dataIndex: 'code', width: 90 },
              { title: '检查要点', dataIndex: 'text' },
            ]}
          />
        </>
      );
    case 'EFFECT':
      return (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={unified.effect.indicators}
          columns={[
            { title: '编号', dataIndex: 'code', width: 90 },
            { title: '目标指标', dataIndex: 'name' },
            { title: '目标值', dataIndex: 'target', width: 120 },
          ]}
        />
      );
  }
}
