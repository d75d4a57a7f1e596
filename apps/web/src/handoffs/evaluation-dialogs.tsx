import { Form, Input, InputNumber, Select } from 'antd';
import { useMutation } from 'urql';
import { EVALUATION_SCHEME_LABEL } from '../common/labels';
import type { EvaluationScheme } from '../graphql/generated/enums';
import { CreateHandoffEvaluationDocument, RecordEvaluationVotesDocument } from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from './action-modal';
import type { DialogProps } from './department-dialogs';
import { text } from './form-values';
import { parseScores } from './scores';

const SCHEMES = (Object.keys(EVALUATION_SCHEME_LABEL) as EvaluationScheme[]).map((scheme) => ({
  value: scheme,
  label: EVALUATION_SCHEME_LABEL[scheme],
}));

/** 发起满意度测评: the scheme and how many members are to vote. */
export function CreateEvaluationDialog({ handoff, open, onClose }: DialogProps) {
  const [, create] = useMutation(CreateHandoffEvaluationDocument);
  return (
    <ActionModal
      open={open}
      title="发起满意度测评"
      okText="发起测评"
      success="满意度测评已发起"
      onClose={onClose}
      initialValues={{ scheme: 'THREE_GRADE' }}
      onSubmit={(values) =>
        create({
          handoffId: handoff.id,
          scheme: values['scheme'] as EvaluationScheme,
          eligible: Number(values['eligible']),
        })
      }
    >
      <Form.Item name="scheme" label="测评方式">
        <Select options={SCHEMES} />
      </Form.Item>
      <Form.Item name="eligible" label="应参评人数" rules={[{ required: true, message: '请填写应参评人数' }]}>
        <InputNumber min={1} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </ActionModal>
  );
}

const count = (values: FormValues, name: string) => Number(values[name] ?? 0);

/** 录入测评票数: the votes of the evaluation still awaiting them, as its scheme counts them. */
export function RecordVotesDialog({ handoff, open, onClose }: DialogProps) {
  const [, record] = useMutation(RecordEvaluationVotesDocument);
  const evaluation = handoff.evaluations.find((item) => item.result === null);
  const scheme = evaluation?.scheme ?? 'THREE_GRADE';
  const countField = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={0} max={evaluation?.eligible} precision={0} style={{ width: 160 }} />
    </Form.Item>
  );
  return (
    <ActionModal
      open={open}
      title={`录入测评票数(${EVALUATION_SCHEME_LABEL[scheme]},应参评 ${evaluation?.eligible ?? '—'} 人)`}
      okText="提交计票"
      success="测评票数已录入"
      onClose={onClose}
      onSubmit={(values) => {
        const parsed = scheme === 'SCORE_100' ? parseScores(text(values, 'scores')) : null;
        return record({
          evaluationId: evaluation?.id ?? '',
          votes: {
            satisfied: count(values, 'satisfied'),
            basicallySatisfied: count(values, 'basicallySatisfied'),
            unsatisfied: count(values, 'unsatisfied'),
            ...(parsed && 'scores' in parsed && { scores: parsed.scores }),
          },
        });
      }}
    >
      {scheme === 'SCORE_100' ? (
        <Form.Item
          name="scores"
          label="各人评分"
          rules={[
            {
              validator: (_, value: unknown) => {
                const parsed = parseScores(typeof value === 'string' ? value : '');
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
          {scheme === 'THREE_GRADE' && countField('basicallySatisfied', '基本满意票')}
          {countField('unsatisfied', '不满意票')}
        </>
      )}
    </ActionModal>
  );
}
