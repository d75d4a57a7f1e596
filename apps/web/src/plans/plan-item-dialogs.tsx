import { Form, Input, InputNumber, Typography } from 'antd';
import { useMutation } from 'urql';
import {
  AdjustPlanItemDocument,
  SchedulePlanItemDocument,
  type PlanItemRowFragment,
} from '../graphql/generated/graphql';
import { ActionModal } from '../handoffs/action-modal';
import { text } from '../handoffs/form-values';

export interface PlanItemDialogProps {
  item: PlanItemRowFragment;
  onClose: () => void;
}

// The plan's figures count the moved item: they refresh with it.
const REFRESH = { additionalTypenames: ['PlanItem', 'PlanFigures'] };

/** 调整: the plan is adjusted by a decision of the body that adopted it (监督法), with the reason. */
export function AdjustPlanItemDialog({ item, onClose }: PlanItemDialogProps) {
  const [, adjust] = useMutation(AdjustPlanItemDocument);
  return (
    <ActionModal
      open
      title="调整计划项目"
      okText="调整"
      success="计划项目已调整"
      onClose={onClose}
      onSubmit={(values) =>
        adjust({ id: item.id, reason: text(values, 'reason'), decision: text(values, 'decision') }, REFRESH)
      }
    >
      <Typography.Paragraph>「{item.title}」调整后不再推进,计入已调整项目。</Typography.Paragraph>
      <Form.Item
        name="reason"
        label="调整理由"
        rules={[{ required: true, whitespace: true, message: '请填写调整理由' }]}
      >
        <Input.TextArea rows={3} placeholder="如:工作安排变化,改由下半年专题调研" />
      </Form.Item>
      <Form.Item
        name="decision"
        label="调整决定"
        rules={[{ required: true, whitespace: true, message: '请填写作出调整的决定' }]}
      >
        <Input placeholder="如:市人大常委会第十二次主任会议决定" />
      </Form.Item>
    </ActionModal>
  );
}

/** 安排: the month it is planned for, the sitting it goes to and how it is supervised. */
export function SchedulePlanItemDialog({ item, onClose }: PlanItemDialogProps) {
  const [, schedule] = useMutation(SchedulePlanItemDocument);
  return (
    <ActionModal
      open
      title="安排计划项目"
      okText="保存"
      success="计划安排已保存"
      onClose={onClose}
      initialValues={{
        plannedMonth: item.plannedMonth ?? undefined,
        session: item.session ?? '',
        method: item.method ?? '',
      }}
      onSubmit={(values) =>
        schedule(
          {
            id: item.id,
            input: {
              plannedMonth: typeof values['plannedMonth'] === 'number' ? values['plannedMonth'] : null,
              session: text(values, 'session') || null,
              method: text(values, 'method') || null,
            },
          },
          REFRESH,
        )
      }
    >
      <Typography.Paragraph>{item.title}</Typography.Paragraph>
      <Form.Item name="plannedMonth" label="计划月份">
        <InputNumber min={1} max={12} precision={0} addonAfter="月" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="session" label="提请会议">
        <Input placeholder="如:市十六届人大常委会第五次会议" />
      </Form.Item>
      <Form.Item name="method" label="监督方式">
        <Input placeholder="如:听取和审议专项工作报告、执法检查、专题询问" />
      </Form.Item>
    </ActionModal>
  );
}
