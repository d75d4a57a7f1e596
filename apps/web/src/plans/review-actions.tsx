import { Button, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import type { LocalPlanStatus } from '../graphql/generated/enums';
import { PlansReviewLocalPlanDocument } from '../graphql/generated/graphql';

/** Lists of local plans refresh after any decision. */
export const LOCAL_PLAN_CONTEXT = { additionalTypenames: ['LocalPlan', 'Assignment'] };

/**
 * 通过 / 退回 for one submitted local plan. A plan with blocking conformance problems cannot be accepted (the
 * API refuses it too); returning needs a reason. The API's refusal shows beside the buttons.
 */
export function ReviewActions({
  localPlanId,
  conforms,
  onDecided,
}: {
  localPlanId: string;
  conforms: boolean;
  onDecided?: (status: LocalPlanStatus) => void;
}) {
  const [decision, review] = useMutation(PlansReviewLocalPlanDocument);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const sendReturn = async () => {
    if (!reason.trim()) {
      setReasonError('请填写退回理由');
      return;
    }
    const result = await review(
      { id: localPlanId, accept: false, reason: reason.trim() },
      LOCAL_PLAN_CONTEXT,
    );
    if (result.error) {
      setReasonError(errorMessage(result.error));
      return;
    }
    setReturning(false);
    onDecided?.(result.data?.reviewLocalPlan.status ?? 'RETURNED');
  };

  const accept = async () => {
    const result = await review({ id: localPlanId, accept: true }, LOCAL_PLAN_CONTEXT);
    if (result.data) {
      onDecided?.(result.data.reviewLocalPlan.status);
    }
  };

  return (
    <Space direction="vertical" size={4}>
      <Space>
        <Tooltip title={conforms ? undefined : '存在阻断性问题,不能通过'}>
          <Button
            type="primary"
            size="small"
            disabled={!conforms}
            loading={decision.fetching && !returning}
            onClick={() => void accept()}
          >
            通过
          </Button>
        </Tooltip>
        <Button size="small" danger onClick={() => setReturning(true)}>
          退回
        </Button>
      </Space>
      {decision.error && !returning && (
        <Typography.Text type="danger">{errorMessage(decision.error)}</Typography.Text>
      )}
      <Modal
        open={returning}
        title="退回实施方案"
        okText="退回"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        confirmLoading={decision.fetching}
        onOk={() => void sendReturn()}
        onCancel={() => setReturning(false)}
      >
        <Form layout="vertical">
          <Form.Item
            label="退回理由"
            required
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? undefined}
          >
            <Input.TextArea
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(null);
              }}
              placeholder="请说明需要补充或修改的内容"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
