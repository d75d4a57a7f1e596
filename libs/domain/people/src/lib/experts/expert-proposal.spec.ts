import { ExpertConflictKind, ExpertExclusion, ExpertStatus } from './expert-kinds';
import {
  barsInvitation,
  exclusionsOf,
  PoolExpert,
  proposeExperts,
  StandingConflict,
} from './expert-proposal';

const SUBJECT = 'dept-subject';
const OTHER = 'dept-other';
const activity = { id: 'act-1', projectId: 'proj-1', day: '2026-05-10', subjectDepartmentIds: [SUBJECT] };

function expert(overrides: Partial<PoolExpert> = {}): PoolExpert {
  return {
    id: 'e-1',
    name: '王明',
    fields: ['财政预算'],
    departmentId: null,
    status: ExpertStatus.ACTIVE,
    termStartsOn: '2025-01-01',
    termEndsOn: '2027-12-31',
    ...overrides,
  };
}

function conflict(overrides: Partial<StandingConflict>): StandingConflict {
  return {
    expertId: 'e-1',
    kind: ExpertConflictKind.SAME_UNIT,
    departmentId: null,
    activityId: null,
    projectId: null,
    ...overrides,
  };
}

function codes(e: PoolExpert, conflicts: StandingConflict[] = [], invited = false): ExpertExclusion[] {
  return exclusionsOf(e, conflicts, activity, invited).map((x) => x.code);
}

describe('expert exclusions', () => {
  it('lets an active expert in term with no conflict serve', () => {
    expect(codes(expert())).toEqual([]);
  });

  it('excludes an expert working at a supervised unit', () => {
    expect(codes(expert({ departmentId: SUBJECT }))).toEqual([ExpertExclusion.SAME_UNIT]);
  });

  it('does not exclude an expert working at a unit that is not supervised', () => {
    expect(codes(expert({ departmentId: OTHER }))).toEqual([]);
  });

  it('excludes a declared SAME_UNIT conflict with a supervised unit', () => {
    expect(codes(expert(), [conflict({ departmentId: SUBJECT })])).toEqual([ExpertExclusion.SAME_UNIT]);
  });

  it('excludes a declared relation to a supervised unit, with its Chinese text', () => {
    const found = exclusionsOf(
      expert(),
      [conflict({ kind: ExpertConflictKind.RELATION, departmentId: SUBJECT })],
      activity,
      false,
    );
    expect(found).toEqual([{ code: ExpertExclusion.RELATION, text: '申报有利害关系' }]);
  });

  it('ignores a relation to another unit', () => {
    expect(codes(expert(), [conflict({ kind: ExpertConflictKind.RELATION, departmentId: OTHER })])).toEqual(
      [],
    );
  });

  it('excludes a recusal from the activity', () => {
    expect(codes(expert(), [conflict({ kind: ExpertConflictKind.RECUSAL, activityId: 'act-1' })])).toEqual([
      ExpertExclusion.RECUSAL,
    ]);
  });

  it('excludes a recusal from the activity’s project', () => {
    expect(codes(expert(), [conflict({ kind: ExpertConflictKind.RECUSAL, projectId: 'proj-1' })])).toEqual([
      ExpertExclusion.RECUSAL,
    ]);
  });

  it('ignores a recusal from another activity', () => {
    expect(codes(expert(), [conflict({ kind: ExpertConflictKind.RECUSAL, activityId: 'act-2' })])).toEqual(
      [],
    );
  });

  it('ignores another expert’s conflicts', () => {
    expect(codes(expert(), [conflict({ expertId: 'e-2', departmentId: SUBJECT })])).toEqual([]);
  });

  it.each([ExpertStatus.SUSPENDED, ExpertStatus.RETIRED])('excludes a %s expert as INACTIVE', (status) => {
    expect(codes(expert({ status }))).toEqual([ExpertExclusion.INACTIVE]);
  });

  it('excludes an expert whose term ended before the activity’s day', () => {
    expect(codes(expert({ termEndsOn: '2026-05-09' }))).toEqual([ExpertExclusion.TERM_ENDED]);
  });

  it('keeps an expert whose term ends on the activity’s day', () => {
    expect(codes(expert({ termEndsOn: '2026-05-10' }))).toEqual([]);
  });

  it('marks an expert already invited, which does not bar a repeated invitation', () => {
    const found = exclusionsOf(expert(), [], activity, true);
    expect(found.map((x) => x.code)).toEqual([ExpertExclusion.ALREADY_INVITED]);
    expect(barsInvitation(found)).toBe(false);
  });

  it('bars an invitation for a conflict', () => {
    expect(barsInvitation(exclusionsOf(expert({ departmentId: SUBJECT }), [], activity, false))).toBe(true);
  });
});

describe('expert proposal', () => {
  const pool = [
    expert({ id: 'a', name: '张华' }),
    expert({ id: 'b', name: '李强' }),
    expert({ id: 'c', name: '陈静', departmentId: SUBJECT }),
    expert({ id: 'd', name: '赵敏', fields: ['法律'] }),
    expert({ id: 'e', name: '刘洋' }),
  ];

  function propose(workload: Record<string, number>, count = 10, invited: string[] = []) {
    return proposeExperts({
      experts: pool,
      conflicts: [],
      activity,
      field: '财政预算',
      count,
      workload: new Map(Object.entries(workload)),
      invited: new Set(invited),
    });
  }

  it('puts the least loaded first, then orders by name', () => {
    const proposal = propose({ a: 2, b: 0, e: 0 });
    expect(proposal.candidates.map((c) => [c.expert.id, c.workload])).toEqual([
      ['b', 0],
      ['e', 0],
      ['a', 2],
    ]);
    expect(proposal.candidates[0]?.why).toContain('财政预算');
  });

  it('considers only experts of the field and lists the excluded with why', () => {
    const proposal = propose({});
    expect(proposal.candidates.map((c) => c.expert.id)).not.toContain('d');
    expect(proposal.excluded.map((x) => [x.expert.id, x.exclusions.map((e) => e.code)])).toEqual([
      ['c', [ExpertExclusion.SAME_UNIT]],
    ]);
  });

  it('proposes at most `count`', () => {
    expect(propose({}, 2).candidates).toHaveLength(2);
  });

  it('lists an expert already invited among the excluded', () => {
    const proposal = propose({}, 10, ['a']);
    expect(proposal.candidates.map((c) => c.expert.id)).not.toContain('a');
    expect(proposal.excluded.find((x) => x.expert.id === 'a')?.exclusions[0]?.code).toBe(
      ExpertExclusion.ALREADY_INVITED,
    );
  });
});
