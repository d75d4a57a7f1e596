/** The votes of a satisfaction evaluation (满意度测评) by secret ballot, three grades. */
export interface Ballot {
  eligible: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

/** Who went on a supervision activity, by kind. */
export interface Participants {
  members: number;
  deputies: number;
  experts: number;
  staff: number;
}

/**
 * One step of the demo year, by the account whose job it is. Projects, handoffs and findings are indexes
 * into the demo projects and the year plan; tenants are codes.
 */
export type YearStep =
  | { kind: 'draft-annual-plan' }
  | { kind: 'adopt-annual-plan' }
  /** The city makes a joint item of the adopted plan into its joint project. */
  | { kind: 'issue-project'; project: number }
  /** The city publishes the project to its counties. */
  | { kind: 'publish-project'; project: number }
  /** A county passes its acknowledged assignment on to its townships (转发乡镇). */
  | { kind: 'forward-project'; project: number; county: string }
  | { kind: 'acknowledge'; project: number; tenant: string }
  /**
   * 实施方案, filed with its milestone (方案报备) marked; `complete` false leaves out a unified checklist
   * point, which blocks acceptance.
   */
  | { kind: 'file-local-plan'; project: number; tenant: string; complete: boolean }
  | { kind: 'review-local-plan'; project: number; tenant: string; reviewer: string; accept: boolean }
  | { kind: 'submit-milestone'; project: number; tenant: string; milestone: string; note: string | null }
  | {
      kind: 'record-activity';
      project: number;
      tenant: string;
      method: string;
      startsAt: Date;
      endsAt: Date;
      covert: boolean;
      participants: Participants;
    }
  /** The findings one activity turned up, cited to it. */
  | { kind: 'report-findings'; project: number; tenant: string; method: string; findings: number[] }
  | { kind: 'review-findings'; reviewer: string; findings: number[] }
  | { kind: 'hand-off'; handoff: number; deadline: Date }
  | { kind: 'sign'; handoff: number }
  | { kind: 'report-progress'; handoff: number; step: number }
  | { kind: 'request-extension'; handoff: number; until: Date }
  | { kind: 'approve-extension'; handoff: number }
  /** The closing report (办结报告); `again` after a failed verification. */
  | { kind: 'report-done'; handoff: number; again: boolean }
  | { kind: 'verify'; handoff: number; passed: boolean }
  | { kind: 'evaluate'; handoff: number; ballot: Ballot }
  | { kind: 'look-back'; handoff: number }
  /** The deadline sweep: overdue ledger items (handoffs and opinion items) climb the automatic escalation ladder. */
  | { kind: 'sweep-deadlines' }
  /** An item of the annual plan moves (indexes into the plan's items): 启动, 完成, 调整 by a decision. */
  | { kind: 'start-plan-item'; item: number }
  | { kind: 'complete-plan-item'; item: number }
  | { kind: 'adjust-plan-item'; item: number }
  /** The office records a session it held and the reports deliberated there. */
  | { kind: 'record-session'; session: number }
  /** The session's 审议意见 or 决议 (an index into the plan's opinions) goes to its body, item by item. */
  | { kind: 'issue-opinion'; opinion: number }
  | { kind: 'sign-opinion-item'; opinion: number; item: number }
  | { kind: 'report-opinion-progress'; opinion: number; item: number }
  /** The body's 研究处理情况报告: every open item replied at once. */
  | { kind: 'answer-opinion'; opinion: number }
  | { kind: 'verify-opinion-item'; opinion: number; item: number }
  | { kind: 'evaluate-opinion-item'; opinion: number; item: number; ballot: Ballot };

export type YearStepKind = YearStep['kind'];

/** A step and the Beijing instant it happens at; steps at the same instant do not depend on each other. */
export type YearEvent = YearStep & { at: Date };
