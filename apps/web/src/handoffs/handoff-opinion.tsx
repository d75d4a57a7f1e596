import { Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDay, formatMinute } from '../common/format';
import { HANDOFF_STATUS_COLOR, HANDOFF_STATUS_LABEL } from '../common/labels';
import type { HandoffOpinionFragment } from '../graphql/generated/graphql';

/** The 审议意见 or 决议 a ledger item belongs to: its session, every item, and the unit's answer. */
export function HandoffOpinion({ opinion, itemId }: { opinion: HandoffOpinionFragment; itemId: string }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="handoff-opinion">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="文号">{opinion.letterNo}</Descriptions.Item>
        <Descriptions.Item label="标题">{opinion.title}</Descriptions.Item>
        <Descriptions.Item label="会议">{opinion.session.title}</Descriptions.Item>
        <Descriptions.Item label="送交日期">{formatDay(opinion.issuedAt)}</Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        header="意见事项"
        dataSource={opinion.items}
        renderItem={(item, index) => (
          <List.Item>
            <Space>
              <span>{index + 1}.</span>
              {item.id === itemId ? (
                <strong>{item.title}</strong>
              ) : (
                <Link to={`/handoffs/${item.id}`}>{item.title}</Link>
              )}
              <Tag color={HANDOFF_STATUS_COLOR[item.status]}>{HANDOFF_STATUS_LABEL[item.status]}</Tag>
            </Space>
          </List.Item>
        )}
      />
      <div>
        <Typography.Text strong>研究处理情况报告</Typography.Text>
        {opinion.response ? (
          <>
            <Typography.Text type="secondary"> · {formatMinute(opinion.respondedAt)} 报送</Typography.Text>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}
              data-testid="opinion-response"
            >
              {opinion.response}
            </Typography.Paragraph>
          </>
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            尚未报送
          </Typography.Paragraph>
        )}
      </div>
    </Space>
  );
}
