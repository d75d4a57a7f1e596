import { Form, Input, Typography } from 'antd';
import { useMutation } from 'urql';
import { AnswerReviewOpinionDocument } from '../graphql/generated/graphql';
import { ActionModal } from './action-modal';
import type { DialogProps } from './department-dialogs';
import { text } from './form-values';

/**
 * 报送研究处理情况报告: the unit answers the whole 审议意见 or 决议 the item belongs to; each of its open items
 * goes to 已报告待验收, where the office verifies (and may evaluate) it like any handoff.
 */
export function AnswerOpinionDialog({ handoff, open, onClose }: DialogProps) {
  const [, answer] = useMutation(AnswerReviewOpinionDocument);
  const opinion = handoff.opinion;
  if (!opinion) {
    return null;
  }
  const kind = handoff.kind === 'RESOLUTION' ? '决议' : '审议意见';
  return (
    <ActionModal
      open={open}
      title="报送研究处理情况报告"
      okText="报送"
      success="研究处理情况报告已报送"
      onClose={onClose}
      onSubmit={(values) =>
        answer({ id: opinion.id, report: text(values, 'report') }, { additionalTypenames: ['Handoff'] })
      }
    >
      <Typography.Paragraph type="secondary">
        就{kind}《{opinion.title}》({opinion.letterNo})的 {opinion.items.length}{' '}
        项意见报送研究处理情况,报送后各项转为已报告待验收。
      </Typography.Paragraph>
      <Form.Item
        name="report"
        label="研究处理情况报告"
        rules={[{ required: true, whitespace: true, message: '请填写研究处理情况' }]}
      >
        <Input.TextArea rows={6} placeholder="对各项意见的研究处理情况、采取的措施和成效" />
      </Form.Item>
    </ActionModal>
  );
}
