import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { ManualClock } from '@liandong/time';
import { PlansRepository } from '../joint-projects/plans.repository';
import { AssignmentStatus as S } from './assignment-status';
import { AssignmentTransitions, canTransitionAssignment } from './assignment-transitions';
import { AssignmentEntity } from './assignment.entity';

/** Every edge an assignment may take, written out here independently of the table it checks. */
const ALLOWED: ReadonlyArray<[S, S]> = [
  [S.ISSUED, S.ACKNOWLEDGED],
  [S.ACKNOWLEDGED, S.IN_PROGRESS],
  [S.ACKNOWLEDGED, S.REPORTED],
  [S.IN_PROGRESS, S.REPORTED],
  [S.REPORTED, S.CLOSED],
  [S.REPORTED, S.IN_PROGRESS],
];

const STATUSES = Object.values(S);

describe('the assignment state machine', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [S, S])))(
    '%s → %s is allowed exactly when listed',
    (from, to) => {
      expect(canTransitionAssignment(from, to)).toBe(ALLOWED.some(([a, b]) => a === from && b === to));
    },
  );
});

describe('AssignmentTransitions, the one writer of assignment status', () => {
  const manager = {} as EntityManager;
  const now = new Date('2023-04-03T01:30:00Z');

  function setUp() {
    const repository = {
      insertAssignments: jest.fn(() => Promise.resolve()),
      updateAssignment: jest.fn(() => Promise.resolve()),
    };
    const transitions = new AssignmentTransitions(
      repository as unknown as PlansRepository,
      new ManualClock(now),
    );
    return { repository, transitions };
  }

  function assignment(status: S, acknowledgedVersion: number | null = null): AssignmentEntity {
    return { id: 'a1', status, acknowledgedVersion, acknowledgedAt: null } as AssignmentEntity;
  }

  it('issues new assignments as ISSUED', async () => {
    const { repository, transitions } = setUp();
    const row = {
      projectId: 'p1',
      tenantId: 't1',
      tenantPath: 'x.y',
      publishedByTenantId: 't0',
      parentAssignmentId: null,
    };
    await transitions.issue(manager, [row]);
    expect(repository.insertAssignments).toHaveBeenCalledWith(manager, [{ ...row, status: S.ISSUED }]);
  });

  it('acknowledges an ISSUED assignment on the current version, now', async () => {
    const { repository, transitions } = setUp();
    const moved = await transitions.acknowledge(manager, assignment(S.ISSUED), 1);
    expect(moved).toMatchObject({ status: S.ACKNOWLEDGED, acknowledgedVersion: 1, acknowledgedAt: now });
    expect(repository.updateAssignment).toHaveBeenCalledWith(manager, 'a1', {
      status: S.ACKNOWLEDGED,
      acknowledgedVersion: 1,
      acknowledgedAt: now,
    });
  });

  it('acknowledged again after a revision, records the version and keeps its status', async () => {
    const { repository, transitions } = setUp();
    const again = await transitions.acknowledge(manager, assignment(S.IN_PROGRESS, 1), 2);
    expect(again).toMatchObject({ status: S.IN_PROGRESS, acknowledgedVersion: 2 });
    expect(repository.updateAssignment).toHaveBeenCalledWith(manager, 'a1', { acknowledgedVersion: 2 });
  });

  it.each([S.ACKNOWLEDGED, S.IN_PROGRESS])(
    'a summary submitted on an %s assignment reports it, with the text and the time',
    async (from) => {
      const { repository, transitions } = setUp();
      const moved = await transitions.submitSummary(manager, assignment(from), '总结报告');
      expect(moved).toMatchObject({ status: S.REPORTED, summary: '总结报告', summarySubmittedAt: now });
      expect(repository.updateAssignment).toHaveBeenCalledWith(manager, 'a1', {
        status: S.REPORTED,
        summary: '总结报告',
        summarySubmittedAt: now,
      });
    },
  );

  it.each([S.ISSUED, S.REPORTED, S.CLOSED])(
    'a summary cannot be submitted on an %s assignment',
    async (from) => {
      const { repository, transitions } = setUp();
      await expect(transitions.submitSummary(manager, assignment(from), '总结报告')).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'ASSIGNMENT_TRANSITION_NOT_ALLOWED',
      });
      expect(repository.updateAssignment).not.toHaveBeenCalled();
    },
  );

  it('an accepted summary closes the assignment, now', async () => {
    const { repository, transitions } = setUp();
    const moved = await transitions.acceptSummary(manager, assignment(S.REPORTED));
    expect(moved).toMatchObject({ status: S.CLOSED, closedAt: now });
    expect(repository.updateAssignment).toHaveBeenCalledWith(manager, 'a1', {
      status: S.CLOSED,
      closedAt: now,
    });
  });

  it('a returned summary puts the assignment back in progress, keeping the reason', async () => {
    const { repository, transitions } = setUp();
    const moved = await transitions.returnSummary(manager, assignment(S.REPORTED), '缺少整改数据');
    expect(moved).toMatchObject({ status: S.IN_PROGRESS, summaryReturnReason: '缺少整改数据' });
    expect(repository.updateAssignment).toHaveBeenCalledWith(manager, 'a1', {
      status: S.IN_PROGRESS,
      summaryReturnReason: '缺少整改数据',
    });
  });

  it.each([S.ACKNOWLEDGED, S.IN_PROGRESS, S.CLOSED])(
    'a summary cannot be returned on an %s assignment',
    async (from) => {
      const { repository, transitions } = setUp();
      await expect(transitions.returnSummary(manager, assignment(from), '理由')).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'SUMMARY_NOT_SUBMITTED',
      });
      expect(repository.updateAssignment).not.toHaveBeenCalled();
    },
  );

  it.each([S.ACKNOWLEDGED, S.IN_PROGRESS, S.CLOSED])(
    'a summary cannot be accepted on an %s assignment',
    async (from) => {
      const { repository, transitions } = setUp();
      await expect(transitions.acceptSummary(manager, assignment(from))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(repository.updateAssignment).not.toHaveBeenCalled();
    },
  );

  it('refuses an edge the table does not list, naming why, and writes nothing', async () => {
    const { repository, transitions } = setUp();
    const refusal = transitions.move(manager, assignment(S.ISSUED), S.CLOSED);
    await expect(refusal).rejects.toBeInstanceOf(AppException);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'ASSIGNMENT_TRANSITION_NOT_ALLOWED',
    });
    expect(repository.updateAssignment).not.toHaveBeenCalled();
  });
});
