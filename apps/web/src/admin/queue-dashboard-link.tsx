import { App, Button } from 'antd';
import { useState } from 'react';
import { useApiFetch } from '../auth/auth-context';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const UNAVAILABLE = '无法打开队列监控,请稍后再试 / the queue dashboard could not be opened';

/**
 * 队列监控 · Queues: the API's read-only queue dashboard. A page load cannot carry the bearer token, so the
 * token is first exchanged for a short-lived cookie scoped to the dashboard; only the platform's administrator
 * (an ADMIN of the top-level tenant) is let in, and anyone else is told why.
 */
export function QueueDashboardLink() {
  const apiFetch = useApiFetch();
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    try {
      const response = await apiFetch(`${QUEUE_DASHBOARD_PATH}/session`, { method: 'POST' });
      if (response.ok) {
        window.location.assign(QUEUE_DASHBOARD_PATH);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { zh?: string };
      void message.error(body.zh ?? UNAVAILABLE);
    } catch {
      void message.error(UNAVAILABLE);
    } finally {
      setOpening(false);
    }
  };
  return (
    <Button loading={opening} onClick={() => void open()}>
      队列监控 · Queues
    </Button>
  );
}
