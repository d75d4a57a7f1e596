import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  CollaboratingBodiesDocument,
  RecordReferralOutcomeDocument,
  RecordReferralReceiptDocument,
  ReferFindingDocument,
  ReferHandoffDocument,
  type ReferralRowFragment,
} from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from '../handoffs/action-modal';
import { text } from '../handoffs/form-values';
import { BODY_KIND_LABEL } from '../admin/bodies/bodies-card';

export const REFERRAL_REFRESH = { additionalTypenames: ['Referral', 'Finding', 'Handoff'] };

function day(value: unknown): string {
  return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : '';
}

/** A day not later than today (Beijing, as the browser reads it close enough for a picker). */
const notInFuture = (current: dayjs.Dayjs) => current.isAfter(dayjs(), 'day');

/** The caller's own bodies still in use, for choosing where to refer. */
function useBodyOptions(open: boolean) {
  const [bodies] = useQuery({ query: CollaboratingBodiesDocument, pause: !open });
  return {
    options: (bodies.data?.collaboratingBodies ?? [])
      .filter((body) => !body.retiredAt)
      .map((body) => ({ value: body.id, label: `${body.name}(${BODY_KIND_LABEL[body.kind]})` })),
    fetching: bodies.fetching,
    error: bodies.error ? errorMessage(bodies.error) : undefined,
  };
}

/**
 * 移送: a finding or a ledger item to one of the office's collaborating bodies (纪委监委、检察院 …), with the
 * reason. The body and the reason show the API's refusals beside them.
 */
export function ReferDialog({
  subject,
  onClose,
}: {
  subject: { findingId: string } | { handoffId: string };
  onClose: () => void;
}) {
  const [, referFinding] = useMutation(ReferFindingDocument);
  const [, referHandoff] = useMutation(ReferHandoffDocument);
  const bodies = useBodyOptions(true);
  return (
    <ActionModal
      open
      title="线索移送"
      okText="移送"
      success="已移送"
      onClose={onClose}
      onSubmit={(values: FormValues) => {
        const input = { bodyId: text(values, 'bodyId'), reason: text(values, 'reason') };
        return 'findingId' in subject
          ? referFinding({ findingId: subject.findingId, input }, REFERRAL_REFRESH)
          : referHandoff({ handoffId: subject.handoffId, input }, REFERRAL_REFRESH);
      }}
    >
      <Form.Item
        name="bodyId"
        label="移送单位"
        rules={[{ required: true, message: '请选择移送的协同单位' }]}
        extra={
          bodies.error ??
          (bodies.options.length === 0 && !bodies.fetching
            ? '本机关尚未登记协同单位,请先在 系统管理 › 协同单位 中添加'
            : undefined)
        }
      >
        <Select
          options={bodies.options}
          loading={bodies.fetching}
          placeholder="选择本机关的协同单位"
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="移送理由"
        rules={[{ required: true, whitespace: true, message: '请填写移送理由' }]}
      >
        <Input.TextArea rows={3} placeholder="如:涉嫌违纪违法,移送纪委监委处理" />
      </Form.Item>
    </ActionModal>
  );
}

/** 登记接收: the body's receipt number (接收文号) and the day it received the referral. */
export function ReceiptDialog({ referral, onClose }: { referral: ReferralRowFragment; onClose: () => void }) {
  const [, record] = useMutation(RecordReferralReceiptDocument);
  return (
    <ActionModal
      open
      title={`登记接收 · ${referral.body.name}`}
      okText="登记"
      success="已登记接收"
      onClose={onClose}
      initialValues={{ receivedOn: dayjs() }}
      onSubmit={(values: FormValues) =>
        record(
          { id: referral.id, receiptNo: text(values, 'receiptNo'), receivedOn: day(values['receivedOn']) },
          REFERRAL_REFRESH,
        )
      }
    >
      <Form.Item
        name="receiptNo"
        label="接收文号"
        rules={[{ required: true, whitespace: true, message: '请填写接收文号' }]}
      >
        <Input placeholder="如:洛纪移〔2026〕12 号" />
      </Form.Item>
      <Form.Item name="receivedOn" label="接收日期" rules={[{ required: true, message: '请选择接收日期' }]}>
        <DatePicker aria-label="接收日期" allowClear={false} disabledDate={notInFuture} />
      </Form.Item>
    </ActionModal>
  );
}

/** 登记办理结果: what the body decided, and the day. */
export function OutcomeDialog({ referral, onClose }: { referral: ReferralRowFragment; onClose: () => void }) {
  const [, record] = useMutation(RecordReferralOutcomeDocument);
  return (
    <ActionModal
      open
      title={`登记办理结果 · ${referral.body.name}`}
      okText="登记"
      success="已登记办理结果"
      onClose={onClose}
      initialValues={{ decidedOn: dayjs() }}
      onSubmit={(values: FormValues) =>
        record(
          { id: referral.id, outcome: text(values, 'outcome'), decidedOn: day(values['decidedOn']) },
          REFERRAL_REFRESH,
        )
      }
    >
      <Form.Item
        name="outcome"
        label="办理结果"
        rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
      >
        <Input.TextArea rows={4} placeholder="如:已立案审查,给予党内警告处分" />
      </Form.Item>
      <Form.Item name="decidedOn" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
        <DatePicker aria-label="办结日期" allowClear={false} disabledDate={notInFuture} />
      </Form.Item>
    </ActionModal>
  );
}
