import { App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import { PressCommitteeDocument } from '../graphql/generated/graphql';
import type { ScoreRow } from './scorecard';

/** 督促: the 统筹办 presses a committee about its projects; the committee's staff are notified. */
export function PressCommitteeDialog({ row, onClose }: { row: ScoreRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message: string }>();
  const [pressing, press] = useMutation(PressCommitteeDocument);

  const submit = async (values: { message: string }) => {
    if (!row?.committee) {
      return;
    }
    const result = await press({ committeeId: row.committee.id, message: values.message.trim() });
    if (result.error) {
      const field = fieldErrors(result.error).find((f) => f.field === 'message');
      form.setFields([{ name: 'message', errors: [field?.message ?? errorMessage(result.error)] }]);
      return;
    }
    void message.success(`已督促「${row.committee.name}」`);
    onClose();
  };

  return (
    <Modal
      title={row ? `督促「${row.label}」` : '督促'}
      open={row !== null}
      okText="发送督促"
      cancelText="取消"
      confirmLoading={pressing.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="message"
          label="督促内容"
          extra="该委室的工作人员将收到站内消息"
          rules={[
            { required: true, whitespace: true, message: '请填写督促内容' },
            { max: 500, message: '最多 500 字' },
          ]}
          initialValue={
            row && row.overdue > 0
              ? `牵头项目中有 ${row.overdue} 个问题已逾期未销号,请督促承办单位抓紧整改。`
              : undefined
          }
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
