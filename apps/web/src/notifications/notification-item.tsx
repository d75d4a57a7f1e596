import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { formatMinute } from '../common/format';
import { MarkNotificationAsReadDocument, type NotificationListQuery } from '../graphql/generated/graphql';
import { kindLabel } from './notification-kinds';

type Notice = NotificationListQuery['notifications'][number];

/** One notice: what happened, when, the handoff it concerns, and 「标为已读」 while unread. */
export function NotificationItem({ notice }: { notice: Notice }) {
  const [marking, mark] = useMutation(MarkNotificationAsReadDocument);
  const [error, setError] = useState<string | null>(null);
  const kind = kindLabel(notice.kind);

  const markRead = async () => {
    setError(null);
    const result = await mark({ id: notice.id });
    if (result.error) {
      setError(errorMessage(result.error));
    }
  };

  return (
    <List.Item
      data-testid="notification"
      actions={[
        notice.handoff && (
          <Link key="handoff" to={`/handoffs/${notice.handoff.id}`}>
            查看交办{notice.handoff.letterNo ? ` ${notice.handoff.letterNo}` : ''}
          </Link>
        ),
        !notice.read && (
          <Button key="read" size="small" loading={marking.fetching} onClick={() => void markRead()}>
            标为已读
          </Button>
        ),
      ].filter(Boolean)}
    >
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space>
          <Tag color={kind.color}>{kind.label}</Tag>
          <Typography.Text strong={!notice.read} type={notice.read ? 'secondary' : undefined}>
            {notice.message}
          </Typography.Text>
          {!notice.read && <Tag color="red">未读</Tag>}
        </Space>
        <Typography.Text type="secondary">{formatMinute(notice.at)}</Typography.Text>
        {error && <Alert type="error" showIcon message={error} />}
      </Space>
    </List.Item>
  );
}
