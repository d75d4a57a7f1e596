import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useMutation } from 'urql';
import {
  CompleteHandoffMilestoneDocument,
  ReportRectificationDocument,
  RequestHandoffExtensionDocument,
  RequestHandoffTransferDocument,
  type HandoffDetailFragment,
} from '../graphql/generated/graphql';
import type { UploadFile } from 'antd';
import { evidenceHashes, EvidenceUpload } from '../tasks/evidence-upload';
import { ActionModal, type FormValues } from './action-modal';
import { deadline, text } from './form-values';

export interface DialogProps {
  handoff: HandoffDetailFragment;
  open: boolean;
  onClose: () => void;
}

/** 整改佐证 of a report: the files uploaded beside each finding, and those for the whole item. */
export function reportEvidence(handoff: HandoffDetailFragment, values: FormValues) {
  const of = (name: string) => evidenceHashes(values[name] as UploadFile[] | undefined);
  return [
    ...handoff.findings.flatMap((finding) =>
      of(`evidence-${finding.id}`).map((sha256) => ({ sha256, findingId: finding.id })),
    ),
    ...of('evidence-whole').map((sha256) => ({ sha256, findingId: null })),
  ];
}

/** 报告整改情况: a progress report, or the final reply (办结报告) that asks for verification, with its proof. */
export function ReportDialog({ handoff, open, onClose }: DialogProps) {
  const [, report] = useMutation(ReportRectificationDocument);
  return (
    <ActionModal
      open={open}
      title="报告整改情况"
      okText="提交报告"
      success="整改情况已报告"
      onClose={onClose}
      initialValues={{ percentDone: 100, final: false }}
      onSubmit={(values) => {
        const evidence = reportEvidence(handoff, values);
        return report({
          handoffId: handoff.id,
          input: {
            measures: text(values, 'measures'),
            percentDone: Number(values['percentDone']),
            final: values['final'] === true,
            ...(evidence.length > 0 ? { evidence } : {}),
          },
        });
      }}
    >
      <Form.Item
        name="measures"
        label="整改措施"
        rules={[{ required: true, whitespace: true, message: '请填写整改措施' }]}
      >
        <Input.TextArea rows={4} placeholder="已采取的整改措施与成效" />
      </Form.Item>
      <Form.Item
        name="percentDone"
        label="完成比例(%)"
        rules={[{ required: true, message: '请填写完成比例' }]}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="final" valuePropName="checked">
        <Checkbox>办结报告(整改已完成,提请交办机关验收)</Checkbox>
      </Form.Item>
      {handoff.findings.map((finding) => (
        <Form.Item
          key={finding.id}
          name={`evidence-${finding.id}`}
          label={`整改佐证 · ${finding.title}`}
          valuePropName="value"
        >
          <EvidenceUpload />
        </Form.Item>
      ))}
      <Form.Item
        name="evidence-whole"
        label={handoff.findings.length > 0 ? '整改佐证 · 整体' : '整改佐证'}
        valuePropName="value"
      >
        <EvidenceUpload />
      </Form.Item>
    </ActionModal>
  );
}

/** 申请延期: a later deadline with a reason, for the handing-over tenant to decide. */
export function ExtensionDialog({ handoff, open, onClose }: DialogProps) {
  const [, request] = useMutation(RequestHandoffExtensionDocument);
  return (
    <ActionModal
      open={open}
      title="申请延期"
      okText="提交申请"
      success="延期申请已提交"
      onClose={onClose}
      onSubmit={(values) =>
        request({ handoffId: handoff.id, until: deadline(values, 'until'), reason: text(values, 'reason') })
      }
    >
      <Form.Item name="until" label="延期至" rules={[{ required: true, message: '请选择延期后的整改时限' }]}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="延期理由"
        rules={[{ required: true, whitespace: true, message: '请说明延期理由' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionModal>
  );
}

/** 申请转办 (退办): the department says the item is not theirs; the handing-over tenant reassigns it. */
export function TransferDialog({ handoff, open, onClose }: DialogProps) {
  const [, request] = useMutation(RequestHandoffTransferDocument);
  return (
    <ActionModal
      open={open}
      title="申请转办"
      okText="提交申请"
      success="转办申请已提交,等待交办机关改派"
      onClose={onClose}
      onSubmit={(values) => request({ handoffId: handoff.id, reason: text(values, 'reason') })}
    >
      <Form.Item
        name="reason"
        label="转办理由"
        rules={[{ required: true, whitespace: true, message: '请说明转办理由' }]}
      >
        <Input.TextArea rows={3} placeholder="例如:该事项属于其他部门职责" />
      </Form.Item>
    </ActionModal>
  );
}

/** 完成阶段节点: marks one of the stages the handing-over tenant planned as done. */
export function CompleteMilestoneDialog({ handoff, open, onClose }: DialogProps) {
  const [, complete] = useMutation(CompleteHandoffMilestoneDocument);
  const pending = handoff.milestones.filter((milestone) => !milestone.doneAt);
  return (
    <ActionModal
      open={open}
      title="完成阶段节点"
      okText="确认完成"
      success="阶段节点已完成"
      onClose={onClose}
      onSubmit={(values) => complete({ handoffId: handoff.id, name: text(values, 'name') })}
    >
      <Form.Item name="name" label="阶段节点" rules={[{ required: true, message: '请选择阶段节点' }]}>
        <Select options={pending.map((milestone) => ({ value: milestone.name, label: milestone.name }))} />
      </Form.Item>
    </ActionModal>
  );
}
