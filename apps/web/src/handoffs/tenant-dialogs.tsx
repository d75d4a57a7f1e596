import { Button, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatDay } from '../common/format';
import {
  CollaboratingBodiesDocument,
  DecideHandoffExtensionDocument,
  EscalateHandoffStepDocument,
  DepartmentsDocument,
  PlanHandoffMilestonesDocument,
  ReassignHandoffDepartmentDocument,
  RecordHandoffLookBackDocument,
  VerifyHandoffDocument,
} from '../graphql/generated/graphql';
import { ActionModal } from './action-modal';
import type { DialogProps } from './department-dialogs';
import { deadline, text, verifyOpinionError } from './form-values';

/** 验收: passing closes the item out (销号); failing sends it back with the opinion. */
export function VerifyDialog({ handoff, open, onClose }: DialogProps) {
  const [, verify] = useMutation(VerifyHandoffDocument);
  return (
    <ActionModal
      open={open}
      title="验收"
      okText="提交验收结果"
      success="验收结果已提交"
      onClose={onClose}
      initialValues={{ passed: true }}
      onSubmit={(values) => {
        const opinion = text(values, 'opinion');
        return verify({ handoffId: handoff.id, passed: values['passed'] === true, opinion: opinion || null });
      }}
    >
      <Form.Item name="passed" label="验收结果">
        <Radio.Group>
          <Radio value={true}>通过,予以销号</Radio>
          <Radio value={false}>不通过,继续整改</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="opinion"
        label="验收意见"
        dependencies={['passed']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: unknown) => {
              const problem = verifyOpinionError(
                getFieldValue('passed') === true,
                typeof value === 'string' ? value : '',
              );
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          }),
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionModal>
  );
}

/** 审批延期: the pending request, approved (the deadline moves) or not. */
export function DecideExtensionDialog({ handoff, open, onClose }: DialogProps) {
  const [, decide] = useMutation(DecideHandoffExtensionDocument);
  const pending = handoff.extensions.find((request) => request.status === 'PENDING');
  return (
    <ActionModal
      open={open}
      title="审批延期申请"
      okText="提交审批"
      success="延期申请已审批"
      onClose={onClose}
      initialValues={{ approve: true }}
      onSubmit={(values) =>
        decide({
          requestId: pending?.id ?? '',
          approve: values['approve'] === true,
          reason: text(values, 'reason') || null,
        })
      }
    >
      {pending && (
        <p>
          申请延期至 {formatDay(pending.until)}。理由:{pending.reason}
        </p>
      )}
      <Form.Item name="approve" label="审批结果">
        <Radio.Group>
          <Radio value={true}>同意</Radio>
          <Radio value={false}>不同意</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" label="审批意见">
        <Input.TextArea rows={2} />
      </Form.Item>
    </ActionModal>
  );
}

/** 设定阶段节点: the stages of a long-term item, each with its own due day. */
export function PlanMilestonesDialog({ handoff, open, onClose }: DialogProps) {
  const [, plan] = useMutation(PlanHandoffMilestonesDocument);
  return (
    <ActionModal
      open={open}
      title="设定阶段节点"
      okText="保存节点"
      success="阶段节点已设定"
      onClose={onClose}
      initialValues={{ milestones: [{}] }}
      onSubmit={(values) => {
        const rows = (values['milestones'] ?? []) as Array<Record<string, unknown>>;
        return plan({
          handoffId: handoff.id,
          milestones: rows.map((row) => ({ name: text(row, 'name'), dueAt: deadline(row, 'dueAt') })),
        });
      }}
    >
      <Form.List name="milestones">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写节点名称' }]}
                >
                  <Input placeholder="节点名称" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'dueAt']}
                  rules={[{ required: true, message: '请选择完成时限' }]}
                >
                  <DatePicker placeholder="完成时限" />
                </Form.Item>
                <Button type="link" onClick={() => remove(field.name)} disabled={fields.length === 1}>
                  删除
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({})}>添加节点</Button>
          </>
        )}
      </Form.List>
    </ActionModal>
  );
}

/** 改派: hands the item to another of the tenant's own departments. */
export function ReassignDialog({ handoff, open, onClose }: DialogProps) {
  const user = useCurrentUser();
  const [, reassign] = useMutation(ReassignHandoffDepartmentDocument);
  const [departments] = useQuery({
    query: DepartmentsDocument,
    variables: { tenantId: user.tenant.id },
    pause: !open,
  });
  const options = (departments.data?.departments ?? [])
    .filter((department) => department.id !== handoff.department.id)
    .map((department) => ({ value: department.id, label: department.name }));
  return (
    <ActionModal
      open={open}
      title="改派承办单位"
      okText="改派"
      success="已改派"
      onClose={onClose}
      onSubmit={(values) => reassign({ handoffId: handoff.id, departmentId: text(values, 'departmentId') })}
    >
      <Form.Item
        name="departmentId"
        label="新的承办单位"
        rules={[{ required: true, message: '请选择承办单位' }]}
        validateStatus={departments.error ? 'error' : undefined}
        help={departments.error ? errorMessage(departments.error) : undefined}
      >
        <Select options={options} loading={departments.fetching} placeholder="选择本机关的承办单位" />
      </Form.Item>
    </ActionModal>
  );
}

/** The ladder's level that refers the item to a collaborating body (线索移送). */
const REFERRAL_LEVEL = 6;

/** 督办: one step up the escalation ladder, with a reason; 线索移送 names the body the item goes to. */
export function EscalateDialog({ handoff, open, onClose }: DialogProps) {
  const [, escalate] = useMutation(EscalateHandoffStepDocument);
  const refers = handoff.escalationLevel + 1 === REFERRAL_LEVEL;
  const [bodies] = useQuery({ query: CollaboratingBodiesDocument, pause: !open || !refers });
  const options = (bodies.data?.collaboratingBodies ?? [])
    .filter((body) => !body.retiredAt)
    .map((body) => ({ value: body.id, label: body.name }));
  return (
    <ActionModal
      open={open}
      title={refers ? '线索移送' : '督办'}
      okText={refers ? '移送' : '提级督办'}
      success={refers ? '已移送' : '已提级督办'}
      onClose={onClose}
      onSubmit={(values) => {
        const reason = text(values, 'reason');
        return escalate({
          handoffId: handoff.id,
          reason,
          referral: refers ? { bodyId: text(values, 'bodyId'), reason } : null,
        });
      }}
    >
      <p>当前督办等级:{handoff.escalationLevel > 0 ? `${handoff.escalationLevel} 级` : '未督办'}</p>
      {refers && (
        <Form.Item
          name="bodyId"
          label="移送单位"
          rules={[{ required: true, message: '请选择移送的协同单位' }]}
          validateStatus={bodies.error ? 'error' : undefined}
          help={
            bodies.error
              ? errorMessage(bodies.error)
              : options.length === 0 && !bodies.fetching
                ? '本机关尚未登记协同单位,请先在 系统管理 › 协同单位 中添加'
                : undefined
          }
        >
          <Select
            options={options}
            loading={bodies.fetching}
            placeholder="选择本机关的协同单位"
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label="督办理由"
        rules={[{ required: true, whitespace: true, message: '请说明督办理由' }]}
      >
        <Input.TextArea rows={3} placeholder="例如:逾期未整改、整改不到位" />
      </Form.Item>
    </ActionModal>
  );
}

/** 回头看: whether the closed problem came back; a relapse reopens the item. */
export function LookBackDialog({ handoff, open, onClose }: DialogProps) {
  const [, record] = useMutation(RecordHandoffLookBackDocument);
  return (
    <ActionModal
      open={open}
      title="记录回头看"
      okText="提交"
      success="回头看已记录"
      onClose={onClose}
      initialValues={{ relapsed: false }}
      onSubmit={(values) =>
        record({ handoffId: handoff.id, relapsed: values['relapsed'] === true, note: text(values, 'note') })
      }
    >
      <Form.Item name="relapsed" label="检查结果">
        <Radio.Group>
          <Radio value={false}>未反弹</Radio>
          <Radio value={true}>问题反弹,重新整改</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="note"
        label="情况说明"
        rules={[{ required: true, whitespace: true, message: '请填写情况说明' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionModal>
  );
}
