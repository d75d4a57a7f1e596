import { availableActions, type ActionContext } from './handoff-actions';

const BASE: ActionContext = {
  roles: ['COORDINATOR'],
  handingOver: true,
  status: 'ISSUED',
  pendingExtension: false,
  openMilestones: false,
  openLookBack: false,
  evaluationAwaitingVotes: false,
};

describe('availableActions', () => {
  it('lets a department sign an issued handoff or hand it back, and nothing else', () => {
    expect(availableActions({ ...BASE, roles: ['DEPARTMENT'] })).toEqual(['sign', 'requestTransfer']);
  });

  it('lets a department report, ask for more time and complete stages once it has signed', () => {
    expect(
      availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'RECTIFYING', openMilestones: true }),
    ).toEqual(['completeMilestone', 'report', 'requestExtension', 'requestTransfer']);
  });

  it('does not offer a second extension request while one is pending', () => {
    expect(
      availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'SIGNED', pendingExtension: true }),
    ).not.toContain('requestExtension');
  });

  it('lets a department answer a 审议意见 from any of its open items, signed or not', () => {
    expect(availableActions({ ...BASE, roles: ['DEPARTMENT'], opinionItem: true })).toEqual([
      'sign',
      'answerOpinion',
      'requestTransfer',
    ]);
    expect(
      availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'SIGNED', opinionItem: true }),
    ).toContain('answerOpinion');
    expect(
      availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'REPLIED', opinionItem: true }),
    ).toEqual([]);
    expect(availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'SIGNED' })).not.toContain(
      'answerOpinion',
    );
  });

  it('offers a department nothing once it has replied or the item is closed', () => {
    expect(availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'REPLIED' })).toEqual([]);
    expect(availableActions({ ...BASE, roles: ['DEPARTMENT'], status: 'CLOSED' })).toEqual([]);
  });

  it('lets the handing-over coordinator verify a replied handoff and decide a pending extension', () => {
    const actions = availableActions({ ...BASE, status: 'REPLIED', pendingExtension: true });
    expect(actions).toEqual([
      'verify',
      'verifyFindings',
      'decideExtension',
      'planMilestones',
      'reassign',
      'escalate',
      'createEvaluation',
    ]);
  });

  it('does not offer verification before the department has replied', () => {
    expect(availableActions({ ...BASE, status: 'RECTIFYING' })).not.toContain('verify');
    expect(availableActions({ ...BASE, status: 'RECTIFYING' })).not.toContain('verifyFindings');
  });

  it('offers 核查销号 finding by finding only on an item with findings', () => {
    expect(availableActions({ ...BASE, status: 'REPLIED' })).toContain('verifyFindings');
    expect(availableActions({ ...BASE, status: 'REPLIED', opinionItem: true })).not.toContain(
      'verifyFindings',
    );
  });

  it('offers the look-back on a closed item only while one is open', () => {
    expect(availableActions({ ...BASE, status: 'CLOSED', openLookBack: true })).toContain('recordLookBack');
    expect(availableActions({ ...BASE, status: 'CLOSED' })).not.toContain('recordLookBack');
  });

  it('offers one evaluation at a time, and its votes until they are recorded', () => {
    expect(availableActions({ ...BASE, status: 'CLOSED' })).toEqual(['createEvaluation']);
    expect(availableActions({ ...BASE, status: 'CLOSED', evaluationAwaitingVotes: true })).toEqual([
      'recordVotes',
    ]);
    expect(availableActions({ ...BASE, status: 'RECTIFYING' })).not.toContain('createEvaluation');
  });

  it('lets a coordinator above the handing-over tenant only escalate', () => {
    expect(availableActions({ ...BASE, handingOver: false, status: 'RECTIFYING' })).toEqual(['escalate']);
  });

  it('offers members and viewers nothing', () => {
    expect(availableActions({ ...BASE, roles: ['MEMBER'], status: 'REPLIED' })).toEqual([]);
    expect(availableActions({ ...BASE, roles: ['VIEWER'], status: 'REPLIED' })).toEqual([]);
  });
});
