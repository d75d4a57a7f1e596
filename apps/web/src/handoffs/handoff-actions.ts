import type { HandoffStatus, Role } from '../graphql/generated/enums';

/** What can be done on a handoff from its detail page; each is one button. */
export type HandoffAction =
  | 'sign'
  | 'answerOpinion'
  | 'completeMilestone'
  | 'report'
  | 'requestExtension'
  | 'requestTransfer'
  | 'verify'
  | 'verifyFindings'
  | 'decideExtension'
  | 'planMilestones'
  | 'reassign'
  | 'escalate'
  | 'recordLookBack'
  | 'createEvaluation'
  | 'recordVotes';

export interface ActionContext {
  roles: readonly Role[];
  /** The signed-in account's tenant is the one that handed the item over. */
  handingOver: boolean;
  status: HandoffStatus;
  pendingExtension: boolean;
  openMilestones: boolean;
  openLookBack: boolean;
  /** A 满意度测评 has been started and its votes are not recorded yet. */
  evaluationAwaitingVotes: boolean;
  /** An item of a 审议意见 or 决议: the unit answers the whole opinion with its 研究处理情况报告. */
  opinionItem?: boolean;
}

/**
 * The actions the handoffs contract allows this account on this handoff: the department signs, reports and
 * asks; the handing-over tenant's coordinator verifies, decides and steers; a coordinator higher up may only
 * escalate. A unit answers a 审议意见 or 决议 as a whole (研究处理情况报告), from any of its open items. Evaluations (满意度测评) follow a reply: one at a time, votes recorded once. Offering nothing else keeps people from pressing buttons the API would refuse.
 */
export function availableActions(context: ActionContext): HandoffAction[] {
  const { roles, status } = context;
  const open = status !== 'CLOSED';
  if (roles.includes('DEPARTMENT')) {
    const working = status === 'SIGNED' || status === 'RECTIFYING';
    return [
      status === 'ISSUED' && 'sign',
      (status === 'ISSUED' || working) && context.opinionItem === true && 'answerOpinion',
      working && context.openMilestones && 'completeMilestone',
      working && 'report',
      working && !context.pendingExtension && 'requestExtension',
      (status === 'ISSUED' || working) && 'requestTransfer',
    ].filter((action): action is HandoffAction => action !== false);
  }
  if (!roles.includes('COORDINATOR')) {
    return [];
  }
  if (!context.handingOver) {
    return open ? ['escalate'] : [];
  }
  return [
    status === 'REPLIED' && 'verify',
    status === 'REPLIED' && !context.opinionItem && 'verifyFindings',
    open && context.pendingExtension && 'decideExtension',
    open && 'planMilestones',
    open && 'reassign',
    open && 'escalate',
    status === 'CLOSED' && context.openLookBack && 'recordLookBack',
    (status === 'REPLIED' || status === 'CLOSED') && !context.evaluationAwaitingVotes && 'createEvaluation',
    context.evaluationAwaitingVotes && 'recordVotes',
  ].filter((action): action is HandoffAction => action !== false);
}
