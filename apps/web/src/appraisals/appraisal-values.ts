import type {
  AppraisalGroupKind,
  AppraisalKind,
  AppraisalSubjectKind,
  EvaluationScheme,
} from '../graphql/generated/enums';
import type {
  AppraisalDetailFragment,
  AppraisalInput,
  AppraisalSubjectRowFragment,
  VotesInput,
} from '../graphql/generated/graphql';
import { parseScores } from '../handoffs/scores';

export interface AppraisalSubjectValues {
  kind?: AppraisalSubjectKind;
  name?: string;
  post?: string;
  departmentId?: string;
}

export interface AppraisalGroupValues {
  kind?: AppraisalGroupKind;
  name?: string;
  eligible?: number | null;
}

export interface AppraisalValues {
  title: string;
  kind: AppraisalKind;
  scheme: EvaluationScheme;
  /** YYYY-MM-DD, the Beijing day it is held. */
  heldOn: string;
  /** `project:<id>`, `session:<id>` or nothing: an appraisal belongs to one or neither. */
  under?: string;
  subjects?: AppraisalSubjectValues[];
  groups?: AppraisalGroupValues[];
}

/**
 * The appraisal as createAppraisal takes it: every subject and group row in the form's order (so a refusal
 * naming `subjects.2` points at the third row), a post only for a person, and the project or session it is
 * held under.
 */
export function toAppraisalInput(values: AppraisalValues): AppraisalInput {
  const subjects = (values.subjects ?? []).map((subject) => {
    const kind = subject.kind ?? 'UNIT';
    const post = subject.post?.trim();
    return {
      kind,
      name: subject.name?.trim() ?? '',
      departmentId: subject.departmentId ?? '',
      ...(kind === 'PERSON' && post && { post }),
    };
  });
  const groups = (values.groups ?? []).map((group) => ({
    kind: group.kind ?? 'OTHER',
    name: group.name?.trim() ?? '',
    eligible: Number(group.eligible ?? 0),
  }));
  const [under, id] = values.under?.split(':') ?? [];
  return {
    title: values.title.trim(),
    kind: values.kind,
    scheme: values.scheme,
    heldOn: values.heldOn,
    subjects,
    groups,
    ...(under === 'project' && id && { projectId: id }),
    ...(under === 'session' && id && { sessionId: id }),
  };
}

export interface VoteValues {
  satisfied?: number | null;
  basicallySatisfied?: number | null;
  unsatisfied?: number | null;
  /** SCORE_100: the voters' scores as typed, separated by spaces, commas or new lines. */
  scores?: string;
}

/**
 * One group's votes on one subject as the scheme counts them: a 百分制 appraisal sends the scores only, a
 * two-grade one no 基本满意. A score box that does not parse is an error for the form to show.
 */
export function toVotesInput(
  scheme: EvaluationScheme,
  values: VoteValues,
): { votes: VotesInput } | { error: string } {
  if (scheme === 'SCORE_100') {
    const parsed = parseScores(values.scores ?? '');
    if ('error' in parsed) {
      return parsed;
    }
    return { votes: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, scores: parsed.scores } };
  }
  return {
    votes: {
      satisfied: Number(values.satisfied ?? 0),
      basicallySatisfied: scheme === 'THREE_GRADE' ? Number(values.basicallySatisfied ?? 0) : 0,
      unsatisfied: Number(values.unsatisfied ?? 0),
    },
  };
}

/** A tally as the console shows it: 满意 12 / 基本满意 3 / 不满意 1, or the average score. */
export function tallyText(
  scheme: EvaluationScheme,
  tally: {
    satisfied: number;
    basicallySatisfied: number;
    unsatisfied: number;
    averageScore: number | null;
  },
): string {
  if (scheme === 'SCORE_100') {
    return tally.averageScore === null ? '—' : `平均 ${tally.averageScore.toFixed(2)} 分`;
  }
  const parts = [`满意 ${tally.satisfied}`];
  if (scheme === 'THREE_GRADE') {
    parts.push(`基本满意 ${tally.basicallySatisfied}`);
  }
  parts.push(`不满意 ${tally.unsatisfied}`);
  return parts.join(' / ');
}

/** The subjects in the API's ranking order, best first, each with its rank (ties share one). */
export function rankedSubjects(appraisal: AppraisalDetailFragment): AppraisalSubjectRowFragment[] {
  const byId = new Map(appraisal.subjects.map((subject) => [subject.id, subject]));
  return appraisal.ranking.flatMap((entry) => {
    const subject = byId.get(entry.id);
    return subject ? [subject] : [];
  });
}

/** The (subject, group) pairs still without votes: the appraisal is decided only when none is left. */
export function missingVotes(
  appraisal: Pick<AppraisalDetailFragment, 'subjects' | 'groups'>,
): Array<{ subjectId: string; groupId: string }> {
  return appraisal.subjects.flatMap((subject) =>
    appraisal.groups
      .filter((group) => !subject.votes.some((vote) => vote.groupId === group.id))
      .map((group) => ({ subjectId: subject.id, groupId: group.id })),
  );
}

/** A form field's path as antd names it: `input.subjects.0.post` → ['subjects', 0, 'post']. */
export type FieldPath = Array<string | number>;

/**
 * Where each problem of a refused createAppraisal shows in the form: `input.subjects.2.post` beside the
 * third subject's post, the project or session beside the 所属 field; problems the form has no field for are
 * returned apart, for the top of the form.
 */
export function appraisalFormProblems(problems: ReadonlyArray<{ field: string; message: string }>): {
  fields: Array<{ name: FieldPath; errors: string[] }>;
  other: string[];
} {
  const fields: Array<{ name: FieldPath; errors: string[] }> = [];
  const other: string[] = [];
  for (const problem of problems) {
    const parts = problem.field
      .replace(/^input\.?/, '')
      .split('.')
      .filter(Boolean);
    const [head] = parts;
    if (head === 'projectId' || head === 'sessionId') {
      fields.push({ name: ['under'], errors: [problem.message] });
    } else if (head === 'title' || head === 'kind' || head === 'scheme' || head === 'heldOn') {
      fields.push({ name: [head], errors: [problem.message] });
    } else if ((head === 'subjects' || head === 'groups') && parts.length === 3) {
      fields.push({ name: [head, Number(parts[1]), parts[2]], errors: [problem.message] });
    } else {
      other.push(problem.message);
    }
  }
  return { fields, other };
}
