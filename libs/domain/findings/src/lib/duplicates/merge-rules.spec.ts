import { FindingStatus } from '../findings/finding-status';
import {
  checkMerge,
  checkMergeRequest,
  isMergeable,
  MAX_DUPLICATES_PER_MERGE,
  MergeSubject,
} from './merge-rules';

const PROJECT = 'project-1';

function subject(id: string, overrides: Partial<MergeSubject> = {}): MergeSubject {
  return { id, projectId: PROJECT, status: FindingStatus.REPORTED, visible: true, ...overrides };
}

function subjects(...list: MergeSubject[]): Map<string, MergeSubject> {
  return new Map(list.map((s) => [s.id, s]));
}

describe('checkMergeRequest', () => {
  it('accepts a canonical finding and distinct duplicates', () => {
    expect(checkMergeRequest('c', ['d1', 'd2'])).toBeNull();
  });

  it('needs at least one duplicate', () => {
    expect(checkMergeRequest('c', [])).toMatchObject({
      field: 'duplicateIds',
      reason: 'DUPLICATES_REQUIRED',
    });
  });

  it('refuses the canonical finding among the duplicates', () => {
    expect(checkMergeRequest('c', ['d1', 'c'])).toMatchObject({
      field: 'duplicateIds',
      reason: 'CANONICAL_AMONG_DUPLICATES',
      en: expect.stringContaining('canonical'),
    });
  });

  it(`refuses more than ${MAX_DUPLICATES_PER_MERGE} duplicates`, () => {
    const ids = Array.from({ length: MAX_DUPLICATES_PER_MERGE + 1 }, (_, index) => `d${index}`);
    expect(checkMergeRequest('c', ids)).toMatchObject({
      field: 'duplicateIds',
      reason: 'TOO_MANY_DUPLICATES',
    });
  });
});

describe('checkMerge', () => {
  it('allows merging reported, accepted and returned findings into one of the same project', () => {
    const found = subjects(
      subject('c', { status: FindingStatus.HANDED_OVER }),
      subject('d1'),
      subject('d2', { status: FindingStatus.ACCEPTED }),
      subject('d3', { status: FindingStatus.RETURNED }),
    );
    expect(checkMerge('c', ['d1', 'd2', 'd3'], found)).toBeNull();
  });

  it('answers NOT_FOUND for a finding that does not exist', () => {
    expect(checkMerge('c', ['d1', 'gone'], subjects(subject('c'), subject('d1')))).toEqual({
      code: 'NOT_FOUND',
      id: 'gone',
    });
  });

  it('answers NOT_FOUND, not FORBIDDEN, for a finding the caller may not see', () => {
    expect(checkMerge('c', ['d1'], subjects(subject('c', { visible: false }), subject('d1')))).toEqual({
      code: 'NOT_FOUND',
      id: 'c',
    });
  });

  it('refuses findings of different projects as bad input', () => {
    const found = subjects(subject('c'), subject('d1'), subject('d2', { projectId: 'project-2' }));
    expect(checkMerge('c', ['d1', 'd2'], found)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'duplicateIds',
      reason: 'MERGE_ACROSS_PROJECTS',
    });
  });

  it.each([FindingStatus.MERGED, FindingStatus.DISMISSED])('refuses a %s canonical finding', (status) => {
    expect(checkMerge('c', ['d1'], subjects(subject('c', { status }), subject('d1')))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CANONICAL_NOT_MERGEABLE',
    });
  });

  it.each([
    FindingStatus.HANDED_OVER,
    FindingStatus.RECTIFYING,
    FindingStatus.CLOSED,
    FindingStatus.MERGED,
    FindingStatus.DISMISSED,
  ])('refuses a %s duplicate', (status) => {
    expect(checkMerge('c', ['d1'], subjects(subject('c'), subject('d1', { status })))).toMatchObject({
      code: 'CONFLICT',
      reason: 'DUPLICATE_NOT_MERGEABLE',
    });
  });

  it('checks visibility before the project, and the project before the statuses', () => {
    const found = subjects(
      subject('c', { status: FindingStatus.MERGED }),
      subject('d1', { projectId: 'project-2' }),
      subject('d2', { visible: false }),
    );
    expect(checkMerge('c', ['d1', 'd2'], found)?.code).toBe('NOT_FOUND');
    found.set('d2', subject('d2'));
    expect(checkMerge('c', ['d1', 'd2'], found)?.code).toBe('BAD_USER_INPUT');
  });
});

describe('isMergeable', () => {
  it.each([
    [FindingStatus.REPORTED, true],
    [FindingStatus.ACCEPTED, true],
    [FindingStatus.RETURNED, true],
    [FindingStatus.HANDED_OVER, false],
    [FindingStatus.RECTIFYING, false],
    [FindingStatus.CLOSED, false],
    [FindingStatus.DISMISSED, false],
    [FindingStatus.MERGED, false],
  ])('%s: %s', (status, mergeable) => {
    expect(isMergeable(status)).toBe(mergeable);
  });
});
