import { Timeline, Typography } from 'antd';
import { formatMinute } from '../common/format';
import type { HandoffDetailFragment } from '../graphql/generated/graphql';
import { handoffTimeline } from './handoff-timeline';

/** The whole history of a handoff as a timeline, oldest first. */
export function HandoffHistory({ handoff }: { handoff: HandoffDetailFragment }) {
  return (
    <Timeline
      data-testid="handoff-history"
      items={handoffTimeline(handoff).map((entry) => ({
        key: entry.key,
        color: entry.color,
        children: (
          <div>
            <Typography.Text strong>{entry.title}</Typography.Text>
            {entry.at && <Typography.Text type="secondary"> · {formatMinute(entry.at)}</Typography.Text>}
            {entry.detail && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.detail}</div>}
          </div>
        ),
      }))}
    />
  );
}
