import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { UnreadNotificationsDocument } from '../graphql/generated/graphql';

export const REFRESH_MS = 60_000;

/**
 * The unread-notification count in the header, refreshed every minute. Marking a notice read returns a
 * Notification, so the count is also refreshed right after (the count itself carries no type to match).
 */
export function NotificationBell() {
  const navigate = useNavigate();
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [result, refresh] = useQuery({ query: UnreadNotificationsDocument, context });
  useEffect(() => {
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const unread = result.data?.unreadNotifications ?? 0;
  return (
    <Tooltip title={result.error ? '消息数暂时无法获取' : `${unread} 条未读消息`}>
      <Badge count={unread} size="small" data-testid="unread-count">
        <Button
          type="text"
          aria-label="消息"
          icon={<BellOutlined />}
          onClick={() => void navigate('/notifications')}
        />
      </Badge>
    </Tooltip>
  );
}
