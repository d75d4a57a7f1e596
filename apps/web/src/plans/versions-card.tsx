import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { PlansProjectChangesDocument } from '../graphql/generated/graphql';
import { SECTION_LABEL } from './plan-labels';

/**
 * 版本与修订: the unified plan's versions and, between any two, what changed section by section. Opens on
 * the last revision (previous → current). The API keeps a revision's note but does not give it back.
 */
export function VersionsCard({
  projectId,
  versions,
  onRevise,
}: {
  projectId: string;
  versions: number[];
  onRevise: (() => void) | null;
}) {
  const latest = Math.max(...versions);
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const [changes] = useQuery({
    query: PlansProjectChangesDocument,
    variables: { id: projectId, from, to },
    pause: from === to,
  });
  const options = versions.map((version) => ({ value: version, label: `第 ${version} 版` }));

  return (
    <Card
      title={`统一方案版本(当前第 ${latest} 版)`}
      size="small"
      data-testid="versions"
      extra={
        onRevise && (
          <Button type="primary" onClick={onRevise}>
            修订统一方案
          </Button>
        )
      }
    >
      {versions.length < 2 ? (
        <Typography.Text type="secondary">尚无修订,仅有第 1 版。</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <span>比较</span>
            <Select
              aria-label="起始版本"
              value={from}
              options={options}
              onChange={setFrom}
              style={{ width: 110 }}
            />
            <span>与</span>
            <Select
              aria-label="目标版本"
              value={to}
              options={options}
              onChange={setTo}
              style={{ width: 110 }}
            />
          </Space>
          {changes.error && <Alert type="error" showIcon message={errorMessage(changes.error)} />}
          <Table
            size="small"
            rowKey={(change) => `${change.section}:${change.path}`}
            loading={changes.fetching}
            dataSource={from === to ? [] : (changes.data?.jointProject?.changes ?? [])}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: from === to ? '请选择两个不同的版本' : '两个版本之间没有变化' }}
            columns={[
              { title: '部分', width: 110, render: (_, change) => SECTION_LABEL[change.section] },
              { title: '位置', dataIndex: 'path', width: 220 },
              {
                title: '修订前',
                render: (_, change) =>
                  change.before ?? <Typography.Text type="secondary">(无)</Typography.Text>,
              },
              {
                title: '修订后',
                render: (_, change) =>
                  change.after ?? <Typography.Text type="secondary">(删除)</Typography.Text>,
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
