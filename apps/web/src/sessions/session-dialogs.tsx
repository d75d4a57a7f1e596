import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { LEDGER_ITEM_KIND_LABEL, SESSION_KIND_LABEL } from '../common/labels';
import type { SessionKind } from '../graphql/generated/enums';
import {
  IssueReviewOpinionDocument,
  RecordSessionDocument,
  SessionChoicesDocument,
  type SessionRowFragment,
} from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from '../handoffs/action-modal';
import {
  DEFAULT_OPINION_MONTHS,
  monthsAfter,
  toOpinionInput,
  toSessionInput,
  type OpinionValues,
  type SessionValues,
} from './session-values';

const REFRESH = { additionalTypenames: ['Session', 'ReviewOpinion', 'Handoff'] };

const SESSION_KIND_OPTIONS = (Object.keys(SESSION_KIND_LABEL) as SessionKind[]).map((kind) => ({
  value: kind,
  label: SESSION_KIND_LABEL[kind],
}));

function day(value: unknown): string | undefined {
  return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : undefined;
}

/** The office's own units and committees, for naming a report's body, an opinion's addressee and its lead. */
function useChoices() {
  const user = useCurrentUser();
  const [result] = useQuery({ query: SessionChoicesDocument, variables: { tenantId: user.tenant.id } });
  return {
    departments: (result.data?.departments ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
    committees: (result.data?.committees ?? []).map((committee) => ({
      value: committee.id,
      label: committee.name,
    })),
    loading: result.fetching,
    error: result.error ? errorMessage(result.error) : undefined,
  };
}

/** 记录会议: the sitting (常委会会议 / 主任会议 / 主席团会议, its number and day) and the reports it deliberated. */
export function RecordSessionDialog({ onClose }: { onClose: () => void }) {
  const [, record] = useMutation(RecordSessionDocument);
  const user = useCurrentUser();
  const choices = useChoices();
  return (
    <ActionModal
      open
      title="记录会议"
      okText="保存"
      success="会议已记录"
      onClose={onClose}
      initialValues={{
        kind: user.tenant.level === 'TOWNSHIP' ? 'PRESIDIUM' : 'STANDING_COMMITTEE',
        heldOn: dayjs(),
        reports: [{}],
      }}
      onSubmit={(values: FormValues) =>
        record(
          {
            input: toSessionInput({
              ...(values as unknown as SessionValues),
              heldOn: day(values['heldOn']) ?? '',
            }),
          },
          REFRESH,
        )
      }
    >
      <Space wrap>
        <Form.Item name="kind" label="会议类别" rules={[{ required: true, message: '请选择会议类别' }]}>
          <Select aria-label="会议类别" style={{ width: 160 }} options={SESSION_KIND_OPTIONS} />
        </Form.Item>
        <Form.Item name="number" label="第几次会议" rules={[{ required: true, message: '请填写第几次会议' }]}>
          <InputNumber aria-label="第几次会议" min={1} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="heldOn" label="召开日期" rules={[{ required: true, message: '请选择召开日期' }]}>
          <DatePicker aria-label="召开日期" />
        </Form.Item>
      </Space>
      <Form.Item name="title" label="会议名称" extra="不填则按机关名称、会议类别和次数命名">
        <Input placeholder="如:洛阳市第十六届人大常委会第五次会议" />
      </Form.Item>
      <Form.Item label="审议的报告" help={choices.error}>
        <Form.List name="reports">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'title']}>
                    <Input aria-label={`报告 ${index + 1}`} placeholder="报告名称" style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'departmentId']}>
                    <Select
                      aria-label={`报告机关 ${index + 1}`}
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      placeholder="报告机关"
                      loading={choices.loading}
                      options={choices.departments}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除报告" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                添加报告
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </ActionModal>
  );
}

/**
 * 送交审议意见或决议: to one of the office's units, with its items (each a ledger item), a deadline (two months
 * unless chosen) and the committee that follows it up.
 */
export function IssueOpinionDialog({
  session,
  onClose,
}: {
  session: SessionRowFragment;
  onClose: () => void;
}) {
  const [, issue] = useMutation(IssueReviewOpinionDocument);
  const choices = useChoices();
  return (
    <ActionModal
      open
      title={`送交审议意见 · ${session.title}`}
      okText="送交"
      success="已送交,各项意见已列入整改台账"
      onClose={onClose}
      initialValues={{
        kind: 'REVIEW_OPINION',
        reportId: session.reports.length === 1 ? session.reports[0]?.id : undefined,
        items: [{}],
        deadline: dayjs(monthsAfter(new Date(), DEFAULT_OPINION_MONTHS)),
      }}
      onSubmit={(values: FormValues) =>
        issue(
          {
            input: toOpinionInput(session.id, {
              ...(values as unknown as OpinionValues),
              deadline: day(values['deadline']),
            }),
          },
          REFRESH,
        )
      }
    >
      <Form.Item name="kind" label="类别">
        <Radio.Group>
          <Radio value="REVIEW_OPINION">{LEDGER_ITEM_KIND_LABEL.REVIEW_OPINION}</Radio>
          <Radio value="RESOLUTION">{LEDGER_ITEM_KIND_LABEL.RESOLUTION}</Radio>
        </Radio.Group>
      </Form.Item>
      {session.reports.length > 0 && (
        <Form.Item name="reportId" label="审议的报告">
          <Select
            aria-label="审议的报告"
            allowClear
            options={session.reports.map((report) => ({ value: report.id, label: report.title }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="departmentId"
        label="送交机关"
        help={choices.error}
        rules={[{ required: true, message: '请选择送交的机关或单位' }]}
      >
        <Select
          aria-label="送交机关"
          showSearch
          optionFilterProp="label"
          placeholder="人民政府、监察委员会、人民法院、人民检察院或其他单位"
          loading={choices.loading}
          options={choices.departments}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label="标题"
        rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
      >
        <Input placeholder="如:关于优化营商环境工作情况报告的审议意见" />
      </Form.Item>
      <Form.Item label="意见事项" required>
        <Form.List
          name="items"
          rules={[
            {
              validator: (_, items: Array<{ text?: string }> | undefined) =>
                (items ?? []).some((item) => item?.text?.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error('请至少填写一项意见')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'text']}>
                    <Input.TextArea
                      aria-label={`意见事项 ${index + 1}`}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      style={{ width: 420 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除事项" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                添加事项
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
      <Space wrap>
        <Form.Item name="deadline" label="办理期限" extra={`默认自送交之日起 ${DEFAULT_OPINION_MONTHS} 个月`}>
          <DatePicker aria-label="办理期限" allowClear={false} />
        </Form.Item>
        <Form.Item name="leadCommitteeId" label="牵头委室">
          <Select
            aria-label="牵头委室"
            allowClear
            loading={choices.loading}
            options={choices.committees}
            style={{ width: 220 }}
          />
        </Form.Item>
      </Space>
      <Form.Item name="letterNo" label="文号" extra="不填则按本机关当年序号编号">
        <Input />
      </Form.Item>
    </ActionModal>
  );
}
