import { Alert, App, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  FindingDuplicateCandidatesDocument,
  MergeDuplicateFindingsDocument,
} from '../graphql/generated/graphql';
import { FindingStatusTag } from './finding-columns';

/**
 * 疑似重复: findings of the same project that look like this one, best first. When the reviewer judges them
 * the same problem, 「合并」 folds this finding into the other one, which keeps both reporters' credit.
 */
export function DuplicateCandidates({ findingId, onMerged }: { findingId: string; onMerged: () => void }) {
  const { message } = App.useApp();
  const [{ data, fetching, error }] = useQuery({
    query: FindingDuplicateCandidatesDocument,
    variables: { findingId },
  });
  const [merging, merge] = useMutation(MergeDuplicateFindingsDocument);
  const [target, setTarget] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; text: string } | null>(null);

  const mergeInto = async (canonicalId: string) => {
    setTarget(canonicalId);
    setFailure(null);
    const result = await merge({ canonicalId, duplicateIds: [findingId] });
    setTarget(null);
    if (result.error) {
      setFailure({ id: canonicalId, text: errorMessage(result.error) });
      return;
    }
    void message.success('已合并,两个报送单位的报送均予保留');
    onMerged();
  };

  if (error) {
    return <Alert type="error" showIcon message={`疑似重复问题加载失败:${errorMessage(error)}`} />;
  }
  return (
    <List
      size="small"
      loading={fetching}
      header={<Typography.Text strong>疑似重复问题</Typography.Text>}
      locale={{ emptyText: '未发现疑似重复的问题' }}
      dataSource={data?.duplicateCandidates ?? []}
      data-testid={`duplicates-${findingId}`}
      renderItem={(candidate) => (
        <List.Item
          actions={[
            <Popconfirm
              key="merge"
              title="合并为同一问题?"
              description={`本条将并入「${candidate.finding.title}」,不再单独计数`}
              okText="合并"
              cancelText="取消"
              onConfirm={() => void mergeInto(candidate.finding.id)}
            >
              <Button size="small" loading={merging.fetching && target === candidate.finding.id}>
                合并
              </Button>
            </Popconfirm>,
          ]}
        >
          <Space direction="vertical" size={2}>
            <Space wrap>
              <Link to={`/findings/${candidate.finding.id}`}>{candidate.finding.title}</Link>
              <FindingStatusTag status={candidate.finding.status} />
              <Typography.Text type="secondary">{candidate.finding.tenant.name}</Typography.Text>
              <Tag>相似度 {Math.round(candidate.score * 100)}%</Tag>
            </Space>
            <Typography.Text type="secondary">{candidate.reasons.join(';')}</Typography.Text>
            {failure?.id === candidate.finding.id && (
              <Typography.Text type="danger">{failure.text}</Typography.Text>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
