import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { ReviewFindingsDecisionDocument } from '../graphql/generated/graphql';
import { clearErrors } from './form-errors';
import { returnReasonError } from './review-decision';

/**
 * 采纳 / 退回 for the selected findings. Returning needs a reason: left empty, the error shows under the
 * reason box and nothing is sent.
 */
export function ReviewActions({
  selectedIds,
  onReviewed,
}: {
  selectedIds: string[];
  onReviewed: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [{ fetching }, review] = useMutation(ReviewFindingsDecisionDocument);
  const [pending, setPending] = useState<'accept' | 'return' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const count = selectedIds.length;

  const decide = async (accept: boolean) => {
    const reason = form.getFieldValue('reason') as string | undefined;
    if (!accept) {
      const problem = returnReasonError(reason);
      if (problem) {
        form.setFields([{ name: 'reason', errors: [problem] }]);
        return;
      }
    }
    clearErrors(form, ['reason']);
    setPending(accept ? 'accept' : 'return');
    setFailure(null);
    const result = await review({ ids: selectedIds, accept, reason: accept ? null : reason?.trim() });
    setPending(null);
    if (result.error) {
      setFailure(errorMessage(result.error));
      return;
    }
    form.resetFields();
    void message.success(accept ? `已采纳 ${count} 条问题` : `已退回 ${count} 条问题`);
    onReviewed();
  };

  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="review-actions"
      onValuesChange={(changed: object) => clearErrors(form, Object.keys(changed))}
    >
      <Form.Item name="reason" label="退回理由(退回时必填)" style={{ marginBottom: 12 }}>
        <Input.TextArea rows={2} maxLength={500} placeholder="说明退回原因,报送单位修改后可重新报送" />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          disabled={count === 0 || (fetching && pending !== 'accept')}
          loading={pending === 'accept'}
          onClick={() => void decide(true)}
        >
          采纳{count > 0 ? `(${count})` : ''}
        </Button>
        <Button
          danger
          disabled={count === 0 || (fetching && pending !== 'return')}
          loading={pending === 'return'}
          onClick={() => void decide(false)}
        >
          退回{count > 0 ? `(${count})` : ''}
        </Button>
      </Space>
      {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message={failure} />}
    </Form>
  );
}
