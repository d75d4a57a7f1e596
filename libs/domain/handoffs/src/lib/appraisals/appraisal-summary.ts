import { overall, rank, SubjectOutcome } from './appraisal-rules';
import { AppraisalRecord } from './appraisals.repository';

/** Each subject's outcome over all the groups, ranked, by subject id. */
export function summarise(record: AppraisalRecord): Map<string, SubjectOutcome> {
  const eligible = new Map(record.groups.map((group) => [group.id, group.eligible]));
  const outcomes = record.subjects.map((subject) =>
    overall(
      record.appraisal.scheme,
      record.groups.length,
      record.votes
        .filter((vote) => vote.subjectId === subject.id)
        .map((vote) => ({ ...vote, eligible: eligible.get(vote.groupId) ?? 0 })),
    ),
  );
  const ranked = rank(record.appraisal.scheme, outcomes);
  return new Map(record.subjects.map((subject, index) => [subject.id, ranked[index]]));
}
