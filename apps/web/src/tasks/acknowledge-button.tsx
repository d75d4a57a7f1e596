import { Button, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { AcknowledgeTaskDocument } from '../graphql/generated/graphql';

/** 「签收」 (or 「重新签收」 for a revised plan), with the refusal shown beside the button. */
export function AcknowledgeButton({
  assignmentId,
  outdated,
  onDone,
}: {
  assignmentId: string;
  outdated: boolean;
  onDone: () => void;
}) {
  const [state, acknowledge] = useMutation(AcknowledgeTaskDocument);
  const run = async () => {
    const result = await acknowledge({ id: assignmentId });
    if (!result.error) {
      onDone();
    }
  };
  return (
    <Space size="small" wrap>
      <Button
        type="primary"
        size="small"
        loading={state.fetching}
        data-testid={`acknowledge-${assignmentId}`}
        onClick={(event) => {
          // The button sits in a clickable row: signing must not also open the assignment.
          event.stopPropagation();
          void run();
        }}
      >
        {outdated ? '重新签收' : '签收'}
      </Button>
      {state.error && <Typography.Text type="danger">{errorMessage(state.error)}</Typography.Text>}
    </Space>
  );
}
