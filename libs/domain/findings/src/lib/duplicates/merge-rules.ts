import { FieldProblem, Reason, Said } from '@liandong/errors';
import { FindingStatus } from '../findings/finding-status';
import { canTransitionFinding } from '../findings/finding-transitions';

export const MAX_DUPLICATES_PER_MERGE = 100;

/** What the merge rules need to know about each finding named, read under a row lock. */
export interface MergeSubject {
  id: string;
  projectId: string;
  status: FindingStatus;
  /** Whether the caller may see it; an invisible finding is treated as one that does not exist. */
  visible: boolean;
}

export type MergeRefusal =
  | { code: 'NOT_FOUND'; id: string }
  | ({ code: 'BAD_USER_INPUT' } & FieldProblem)
  | ({ code: 'CONFLICT'; reason: Reason } & Said);

/** Checks the request itself, before anything is read: at least one duplicate, the canonical not among them. */
export function checkMergeRequest(canonicalId: string, duplicateIds: readonly string[]): FieldProblem | null {
  if (duplicateIds.length === 0) {
    return {
      field: 'duplicateIds',
      reason: 'DUPLICATES_REQUIRED',
      zh: '至少指定一个重复问题',
      en: 'name at least one duplicate',
    };
  }
  if (duplicateIds.length > MAX_DUPLICATES_PER_MERGE) {
    return {
      field: 'duplicateIds',
      reason: 'TOO_MANY_DUPLICATES',
      zh: `一次最多合并 ${MAX_DUPLICATES_PER_MERGE} 个问题`,
      en: `at most ${MAX_DUPLICATES_PER_MERGE} duplicates a merge`,
    };
  }
  if (duplicateIds.includes(canonicalId)) {
    return {
      field: 'duplicateIds',
      reason: 'CANONICAL_AMONG_DUPLICATES',
      zh: '保留的问题不能同时作为重复问题',
      en: 'the canonical finding cannot also be a duplicate',
    };
  }
  return null;
}

/** A duplicate can be merged only where the state machine allows it: before it is handed over. */
export function isMergeable(status: FindingStatus): boolean {
  return canTransitionFinding(status, FindingStatus.MERGED);
}

/**
 * Whether the canonical finding may absorb the duplicates, or the first reason why not: one it cannot see
 * (NOT_FOUND, so nothing leaks), findings of different projects (BAD_USER_INPUT), a canonical that no
 * longer stands for anything, or a duplicate already merged, dismissed or handed over (CONFLICT).
 */
export function checkMerge(
  canonicalId: string,
  duplicateIds: readonly string[],
  subjects: ReadonlyMap<string, MergeSubject>,
): MergeRefusal | null {
  const ids = [canonicalId, ...duplicateIds];
  for (const id of ids) {
    if (!subjects.get(id)?.visible) {
      return { code: 'NOT_FOUND', id };
    }
  }
  const canonical = subjects.get(canonicalId) as MergeSubject;
  const foreign = duplicateIds.find((id) => subjects.get(id)?.projectId !== canonical.projectId);
  if (foreign !== undefined) {
    return {
      code: 'BAD_USER_INPUT',
      field: 'duplicateIds',
      reason: 'MERGE_ACROSS_PROJECTS',
      zh: `问题 ${foreign} 与保留的问题不属于同一联动项目,不能合并`,
      en: 'findings of different projects cannot be merged',
    };
  }
  if (canonical.status === FindingStatus.MERGED || canonical.status === FindingStatus.DISMISSED) {
    return {
      code: 'CONFLICT',
      reason: 'CANONICAL_NOT_MERGEABLE',
      zh: `保留的问题 ${canonicalId} 状态为 ${canonical.status},不能再合并其他问题`,
      en: `A ${canonical.status} finding cannot be the canonical one.`,
    };
  }
  for (const id of duplicateIds) {
    const duplicate = subjects.get(id) as MergeSubject;
    if (!isMergeable(duplicate.status)) {
      return {
        code: 'CONFLICT',
        reason: 'DUPLICATE_NOT_MERGEABLE',
        zh: `问题 ${id} 状态为 ${duplicate.status},只能合并尚未交办的问题`,
        en: 'Only REPORTED, ACCEPTED or RETURNED findings can be merged.',
      };
    }
  }
  return null;
}
