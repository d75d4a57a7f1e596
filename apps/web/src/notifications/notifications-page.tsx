import { Alert, Card, List, Typography } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { NotificationListDocument } from '../graphql/generated/graphql';
import { NotificationItem } from './notification-item';
import { sortNotifications } from './notification-kinds';

/** 消息: the account's notices, unread first, paged on the page. */
export default function NotificationsPage() {
  const [result] = useQuery({ query: NotificationListDocument, requestPolicy: 'cache-and-network' });
  const notices = sortNotifications(result.data?.notifications ?? []);
  return (
    <div>
      <Typography.Title level={3}>消息</Typography.Title>
      <Card size="small">
        {result.error && (
          <Alert type="error" showIcon message={errorMessage(result.error)} style={{ marginBottom: 12 }} />
        )}
        <List
          loading={result.fetching && !result.data}
          dataSource={notices}
          rowKey="id"
          locale={{ emptyText: '暂无消息' }}
          pagination={notices.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          renderItem={(notice) => <NotificationItem notice={notice} />}
        />
      </Card>
    </div>
  );
}
