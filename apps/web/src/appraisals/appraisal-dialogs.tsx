import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CombinedError, useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import { EVALUATION_SCHEME_LABEL } from '../common/labels';
import {
  AppraisalChoicesDocument,
  CreateAppraisalDocument,
  DecideAppraisalDocument,
  RecordAppraisalReReportDocument,
  RecordAppraisalVotesDocument,
  type AppraisalDetailFragment,
  type AppraisalSubjectRowFragment,
} from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from '../handoffs/action-modal';
import { text } from '../handoffs/form-values';
import {
  APPRAISAL_GROUP_KIND_LABEL,
  APPRAISAL_KIND_LABEL,
  APPRAISAL_SUBJECT_KIND_LABEL,
  optionsOf,
} from './appraisal-labels';
import {
  appraisalFormProblems,
  toAppraisalInput,
  toVotesInput,
  type AppraisalValues,
  type VoteValues,
} from './appraisal-values';

export const APPRAISAL_REFRESH = { additionalTypenames: ['Appraisal', 'Handoff'] };

function day(value: unknown): string {
  return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : '';
}

/** What an appraisal may name: the office's units, and its sessions and joint projects of the year. */
function useChoices(year: number) {
  const user = useCurrentUser();
  const [result] = useQuery({
    query: AppraisalChoicesDocument,
    variables: { tenantId: user.tenant.id, year },
  });
  const sessions = (result.data?.sessions ?? []).filter((session) => session.tenant.id === user.tenant.id);
  return {
    departments: (result.data?.departments ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
    under: [
      {
        label: '会议',
        options: sessions.map((session) => ({ value: `session:${session.id}`, label: session.title })),
      },
      {
        label: '联动项目',
        options: (result.data?.jointProjects ?? []).map((project) => ({
          value: `project:${project.id}`,
          label: project.title,
        })),
      },
    ],
    loading: result.fetching,
    error: result.error ? errorMessage(result.error) : undefined,
  };
}

type CreateValues = Omit<AppraisalValues, 'heldOn'> & { heldOn: dayjs.Dayjs };

/**
 * 新建评议: the title, kind, scheme and day, the project or session it is held under, the subjects (units,
 * reports or named persons with their post, each with the unit that answers for it) and the voter groups
 * with how many of each are to vote. A refusal shows beside the row and field it names.
 */
export function CreateAppraisalDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [creating, create] = useMutation(CreateAppraisalDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const heldOn = Form.useWatch('heldOn', form);
  const choices = useChoices(dayjs.isDayjs(heldOn) ? heldOn.year() : dayjs().year());

  const submit = async (values: CreateValues) => {
    setFormError(null);
    const result = await create(
      { input: toAppraisalInput({ ...values, heldOn: day(values.heldOn) }) },
      APPRAISAL_REFRESH,
    );
    if (result.error || !result.data) {
      const problems = appraisalFormProblems(fieldErrors(result.error));
      form.setFields(problems.fields as Parameters<typeof form.setFields>[0]);
      if (problems.fields.length === 0 || problems.other.length > 0) {
        setFormError(problems.other.join(';') || errorMessage(result.error));
      }
      return;
    }
    void message.success('评议已创建');
    onCreated(result.data.createAppraisal.id);
  };

  return (
    <Modal
      open
      title="新建评议"
      okText="创建"
      cancelText="取消"
      width={880}
      confirmLoading={creating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && (
        <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'PERFORMANCE',
          scheme: 'THREE_GRADE',
          heldOn: dayjs(),
          subjects: [{ kind: 'PERSON' }],
          groups: [{ kind: 'MEMBERS', name: APPRAISAL_GROUP_KIND_LABEL.MEMBERS }],
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="title"
          label="评议名称"
          rules={[{ required: true, whitespace: true, message: '请填写评议名称' }]}
        >
          <Input placeholder="如:2026 年员额法官履职评议" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label="评议类别" rules={[{ required: true, message: '请选择评议类别' }]}>
            <Select aria-label="评议类别" style={{ width: 220 }} options={optionsOf(APPRAISAL_KIND_LABEL)} />
          </Form.Item>
          <Form.Item name="scheme" label="测评方式" rules={[{ required: true, message: '请选择测评方式' }]}>
            <Select
              aria-label="测评方式"
              style={{ width: 200 }}
              options={optionsOf(EVALUATION_SCHEME_LABEL)}
            />
          </Form.Item>
          <Form.Item name="heldOn" label="评议日期" rules={[{ required: true, message: '请选择评议日期' }]}>
            <DatePicker aria-label="评议日期" allowClear={false} />
          </Form.Item>
        </Space>
        <Form.Item name="under" label="所属会议或联动项目" extra="选填" help={choices.error}>
          <Select
            aria-label="所属会议或联动项目"
            allowClear
            showSearch
            optionFilterProp="label"
            loading={choices.loading}
            options={choices.under}
          />
        </Form.Item>
        <Form.Item label="评议对象" required>
          <Form.List name="subjects">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <SubjectRow
                    key={field.key}
                    name={field.name}
                    index={index}
                    departments={choices.departments}
                    loading={choices.loading}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  />
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'PERSON' })}>
                  添加评议对象
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label="投票群体" required>
          <Form.List name="groups">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                    <Form.Item
                      name={[field.name, 'kind']}
                      rules={[{ required: true, message: '请选择类别' }]}
                    >
                      <Select
                        aria-label={`群体类别 ${index + 1}`}
                        style={{ width: 170 }}
                        options={optionsOf(APPRAISAL_GROUP_KIND_LABEL)}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: '请填写群体名称' }]}
                    >
                      <Input
                        aria-label={`群体名称 ${index + 1}`}
                        placeholder="群体名称"
                        style={{ width: 220 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'eligible']}
                      rules={[{ required: true, message: '请填写应参评人数' }]}
                    >
                      <InputNumber
                        aria-label={`应参评人数 ${index + 1}`}
                        placeholder="应参评人数"
                        min={1}
                        max={10_000}
                        precision={0}
                        style={{ width: 130 }}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <MinusCircleOutlined aria-label="删除群体" onClick={() => remove(field.name)} />
                    )}
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'DEPUTIES' })}>
                  添加投票群体
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SubjectRow({
  name,
  index,
  departments,
  loading,
  onRemove,
}: {
  name: number;
  index: number;
  departments: Array<{ value: string; label: string }>;
  loading: boolean;
  onRemove?: () => void;
}) {
  const kind = Form.useWatch(['subjects', name, 'kind']) as string | undefined;
  return (
    <Space align="start" style={{ display: 'flex' }} wrap>
      <Form.Item name={[name, 'kind']} rules={[{ required: true, message: '请选择类别' }]}>
        <Select
          aria-label={`对象类别 ${index + 1}`}
          style={{ width: 90 }}
          options={optionsOf(APPRAISAL_SUBJECT_KIND_LABEL)}
        />
      </Form.Item>
      <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input
          aria-label={`对象名称 ${index + 1}`}
          placeholder={kind === 'PERSON' ? '姓名' : '单位或报告名称'}
          style={{ width: 160 }}
        />
      </Form.Item>
      {kind === 'PERSON' && (
        <Form.Item
          name={[name, 'post']}
          rules={[{ required: true, whitespace: true, message: '请填写职务' }]}
        >
          <Input aria-label={`职务 ${index + 1}`} placeholder="职务,如 员额法官" style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item name={[name, 'departmentId']} rules={[{ required: true, message: '请选择所在单位' }]}>
        <Select
          aria-label={`所在单位 ${index + 1}`}
          placeholder="所在(负责)单位"
          showSearch
          optionFilterProp="label"
          loading={loading}
          options={departments}
          style={{ width: 200 }}
        />
      </Form.Item>
      {onRemove && <MinusCircleOutlined aria-label="删除评议对象" onClick={onRemove} />}
    </Space>
  );
}

/** 录入票数: one voter group's votes on one subject, as the appraisal's scheme counts them; once. */
export function AppraisalVotesDialog({
  appraisal,
  subject,
  groupId,
  onClose,
}: {
  appraisal: AppraisalDetailFragment;
  subject: AppraisalSubjectRowFragment;
  groupId: string;
  onClose: () => void;
}) {
  const [, record] = useMutation(RecordAppraisalVotesDocument);
  const group = appraisal.groups.find((candidate) => candidate.id === groupId);
  const countField = (name: keyof VoteValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber aria-label={label} min={0} max={group?.eligible} precision={0} style={{ width: 160 }} />
    </Form.Item>
  );
  return (
    <ActionModal
      open
      title={`录入票数 · ${subject.name} · ${group?.name ?? ''}`}
      okText="提交计票"
      success="票数已录入"
      onClose={onClose}
      onSubmit={async (values: FormValues) => {
        const parsed = toVotesInput(appraisal.scheme, values);
        if ('error' in parsed) {
          // The form's own check refuses this first; kept so the dialog never sends scores it cannot read.
          const fields = [{ field: 'scores', reason: 'SCORES_INVALID', zh: parsed.error }];
          return {
            error: new CombinedError({ graphQLErrors: [{ message: parsed.error, extensions: { fields } }] }),
          };
        }
        return record(
          { appraisalId: appraisal.id, groupId, subjectId: subject.id, votes: parsed.votes },
          APPRAISAL_REFRESH,
        );
      }}
    >
      <p>
        {EVALUATION_SCHEME_LABEL[appraisal.scheme]},应参评 {group?.eligible ?? '—'} 人
      </p>
      {appraisal.scheme === 'SCORE_100' ? (
        <Form.Item
          name="scores"
          label="各人评分"
          rules={[
            {
              validator: (_, value: unknown) => {
                const parsed = toVotesInput('SCORE_100', { scores: typeof value === 'string' ? value : '' });
                return 'error' in parsed ? Promise.reject(new Error(parsed.error)) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea rows={4} placeholder="每人一个 0–100 的分数,用空格、逗号或换行分隔" />
        </Form.Item>
      ) : (
        <>
          {countField('satisfied', '满意票')}
          {appraisal.scheme === 'THREE_GRADE' && countField('basicallySatisfied', '基本满意票')}
          {countField('unsatisfied', '不满意票')}
        </>
      )}
    </ActionModal>
  );
}

/** 作出评议结论: each failing subject re-reports by the day chosen, as a ledger item. */
export function DecideAppraisalDialog({
  appraisal,
  failing,
  onClose,
}: {
  appraisal: AppraisalDetailFragment;
  failing: number;
  onClose: () => void;
}) {
  const [, decide] = useMutation(DecideAppraisalDocument);
  return (
    <ActionModal
      open
      title="作出评议结论"
      okText="作出结论"
      success="评议结论已作出"
      onClose={onClose}
      initialValues={{ reReportBy: dayjs().add(2, 'month') }}
      onSubmit={(values: FormValues) =>
        decide({ appraisalId: appraisal.id, reReportBy: day(values['reReportBy']) }, APPRAISAL_REFRESH)
      }
    >
      <p>
        {failing > 0
          ? `${failing} 个评议对象未通过,须在下列日期前整改并再次报告,每个列入整改台账。`
          : '全部评议对象均已通过。'}
      </p>
      <Form.Item
        name="reReportBy"
        label="整改再报告期限"
        rules={[{ required: true, message: '请选择整改再报告期限' }]}
      >
        <DatePicker aria-label="整改再报告期限" allowClear={false} />
      </Form.Item>
    </ActionModal>
  );
}

/** 记录整改再报告: what the failing subject reported; closes its ledger item. */
export function ReReportDialog({
  subject,
  onClose,
}: {
  subject: AppraisalSubjectRowFragment;
  onClose: () => void;
}) {
  const [, record] = useMutation(RecordAppraisalReReportDocument);
  return (
    <ActionModal
      open
      title={`记录整改再报告 · ${subject.name}`}
      okText="保存"
      success="整改再报告已记录"
      onClose={onClose}
      onSubmit={(values: FormValues) =>
        record({ subjectId: subject.id, summary: text(values, 'summary') }, APPRAISAL_REFRESH)
      }
    >
      <Form.Item
        name="summary"
        label="再报告情况"
        rules={[{ required: true, whitespace: true, message: '请填写再报告情况' }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </ActionModal>
  );
}
