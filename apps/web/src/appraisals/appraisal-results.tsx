import { Button, Space, Table, Tag, Typography } from 'antd';
import { EVALUATION_RESULT_LABEL } from '../common/labels';
import type { EvaluationResult } from '../graphql/generated/enums';
import type { AppraisalDetailFragment, AppraisalSubjectRowFragment } from '../graphql/generated/graphql';
import { rankedSubjects, tallyText } from './appraisal-values';

const RESULT_COLOR: Record<EvaluationResult, string> = {
  SATISFIED: 'green',
  PASSED: 'green',
  BASICALLY_SATISFIED: 'gold',
  UNSATISFIED: 'red',
  FAILED: 'red',
};

export function ResultTag({ result }: { result: EvaluationResult | null }) {
  return result ? (
    <Tag color={RESULT_COLOR[result]}>{EVALUATION_RESULT_LABEL[result]}</Tag>
  ) : (
    <Tag>待计票</Tag>
  );
}

/** What a subject is called in the tables: a person with the post. */
export function subjectLabel(subject: Pick<AppraisalSubjectRowFragment, 'name' | 'post'>): string {
  return subject.post ? `${subject.name}(${subject.post})` : subject.name;
}

/**
 * 计票与结果: a row per subject, a column per voter group with that group's tally and result (or, before its
 * votes, the button to enter them), and the subject's result over all groups.
 */
export function AppraisalVotesTable({
  appraisal,
  onEnterVotes,
}: {
  appraisal: AppraisalDetailFragment;
  onEnterVotes?: (subject: AppraisalSubjectRowFragment, groupId: string) => void;
}) {
  return (
    <Table<AppraisalSubjectRowFragment>
      rowKey="id"
      size="small"
      bordered
      data-testid="appraisal-votes"
      pagination={false}
      dataSource={[...appraisal.subjects]}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '评议对象', key: 'subject', fixed: 'left', render: (_, subject) => subjectLabel(subject) },
        ...appraisal.groups.map((group) => ({
          title: `${group.name}(应参评 ${group.eligible} 人)`,
          key: group.id,
          render: (_: unknown, subject: AppraisalSubjectRowFragment) => {
            const vote = subject.votes.find((candidate) => candidate.groupId === group.id);
            if (!vote) {
              return onEnterVotes ? (
                <Button size="small" onClick={() => onEnterVotes(subject, group.id)}>
                  录入票数
                </Button>
              ) : (
                <Typography.Text type="secondary">未计票</Typography.Text>
              );
            }
            return (
              <Space size={4} data-testid="group-result">
                <ResultTag result={vote.result} />
                <Typography.Text type="secondary">{tallyText(appraisal.scheme, vote)}</Typography.Text>
              </Space>
            );
          },
        })),
        {
          title: '总体结果',
          key: 'result',
          render: (_, subject) => (
            <Space size={4} data-testid="subject-result">
              <ResultTag result={subject.result} />
              {subject.result && (
                <Typography.Text type="secondary">{tallyText(appraisal.scheme, subject)}</Typography.Text>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 排名: the subjects with a result, best first; ties share a rank. */
export function AppraisalRanking({ appraisal }: { appraisal: AppraisalDetailFragment }) {
  return (
    <Table<AppraisalSubjectRowFragment>
      rowKey="id"
      size="small"
      data-testid="appraisal-ranking"
      pagination={false}
      dataSource={rankedSubjects(appraisal)}
      locale={{ emptyText: '各投票群体计票完成后排名' }}
      columns={[
        { title: '名次', key: 'rank', width: 70, render: (_, subject) => subject.rank },
        { title: '评议对象', key: 'subject', render: (_, subject) => subjectLabel(subject) },
        { title: '结果', key: 'result', render: (_, subject) => <ResultTag result={subject.result} /> },
        { title: '得票', key: 'tally', render: (_, subject) => tallyText(appraisal.scheme, subject) },
      ]}
    />
  );
}
