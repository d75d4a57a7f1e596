import { canMovePlanItem, planItemActions, scheduleText, type PlanItemState } from './plan-item-actions';

const CITY = { id: 'city' };
const ITEM: PlanItemState = {
  status: 'NOT_STARTED',
  leadCommitteeId: 'caijing',
  plan: { status: 'ADOPTED', issuerId: 'city' },
};

describe('canMovePlanItem', () => {
  it('lets the office’s coordinator or administrator move an item of its adopted plan', () => {
    expect(canMovePlanItem({ roles: ['COORDINATOR'], tenant: CITY }, ITEM)).toBe(true);
    expect(canMovePlanItem({ roles: ['ADMIN'], tenant: CITY }, ITEM)).toBe(true);
    expect(canMovePlanItem({ roles: ['MEMBER'], tenant: CITY }, ITEM)).toBe(false);
  });

  it('lets a committee’s staff move the items it leads, and no other', () => {
    const caijing = {
      roles: ['MEMBER'] as const,
      tenant: CITY,
      committee: { id: 'caijing', coordinates: false },
    };
    expect(canMovePlanItem(caijing, ITEM)).toBe(true);
    expect(canMovePlanItem(caijing, { ...ITEM, leadCommitteeId: 'jiaoke' })).toBe(false);
    const coordinatorOfOther = { ...caijing, roles: ['COORDINATOR'] as const };
    expect(canMovePlanItem(coordinatorOfOther, { ...ITEM, leadCommitteeId: null })).toBe(false);
  });

  it('lets the 统筹办 act for the office by its role', () => {
    const tongchou = {
      roles: ['COORDINATOR'] as const,
      tenant: CITY,
      committee: { id: 't', coordinates: true },
    };
    expect(canMovePlanItem(tongchou, { ...ITEM, leadCommitteeId: null })).toBe(true);
  });

  it('moves nothing on a draft plan or on another office’s plan', () => {
    const coordinator = { roles: ['COORDINATOR'] as const, tenant: CITY };
    expect(canMovePlanItem(coordinator, { ...ITEM, plan: { status: 'DRAFT', issuerId: 'city' } })).toBe(
      false,
    );
    expect(canMovePlanItem(coordinator, { ...ITEM, plan: { status: 'ADOPTED', issuerId: 'other' } })).toBe(
      false,
    );
  });
});

describe('planItemActions', () => {
  const coordinator = { roles: ['COORDINATOR'] as const, tenant: CITY };

  it('starts an item not started, completes a started one, adjusts and schedules either', () => {
    expect(planItemActions(coordinator, ITEM)).toEqual(['start', 'adjust', 'schedule', 'superviseOwn']);
    expect(planItemActions(coordinator, { ...ITEM, status: 'STARTED' })).toEqual([
      'complete',
      'adjust',
      'schedule',
      'superviseOwn',
    ]);
  });

  it('leaves a completed item to its own supervision only, and an adjusted one alone', () => {
    expect(planItemActions(coordinator, { ...ITEM, status: 'COMPLETED' })).toEqual(['superviseOwn']);
    expect(planItemActions(coordinator, { ...ITEM, status: 'ADJUSTED' })).toEqual([]);
  });

  it('gives a committee’s staff the moves of its items but not the office’s own supervision', () => {
    const caijing = {
      roles: ['MEMBER'] as const,
      tenant: CITY,
      committee: { id: 'caijing', coordinates: false },
    };
    expect(planItemActions(caijing, ITEM)).toEqual(['start', 'adjust', 'schedule']);
  });
});

describe('scheduleText', () => {
  it('joins the month and the sitting, or shows a dash', () => {
    expect(scheduleText({ plannedMonth: 6, session: '市十六届人大常委会第五次会议' })).toBe(
      '6 月 · 市十六届人大常委会第五次会议',
    );
    expect(scheduleText({ plannedMonth: null, session: null })).toBe('—');
  });
});
