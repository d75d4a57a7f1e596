import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Db } from '@liandong/db';
import { AppException, parseId, parseInput } from '@liandong/errors';
import { FindingsRepository, FindingStatus, FindingTransitions } from '@liandong/findings';
import { jobId } from '@liandong/queue';
import { assertPermission, Caller, canSeeSubtreeOf, isDepartmentCaller, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HANDOFF } from '../handoff-access';
import { HandoffStatus } from '../handoff-status';
import { HandoffTransitions } from '../handoff-transitions';
import { HandoffEntity } from '../handoff.entity';
import { HandoffsRepository } from '../handoffs.repository';
import { ledgerItemName } from '../ledger-item-kind';
import { LookBacksService } from '../look-backs/look-backs.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { NewFindingResult, RectificationRepository } from './rectification.repository';
import { FindingVerificationResult, VerificationMethod } from './verification-method';
import { VerificationResultEntity } from './verification-result.entity';
import {
  FindingResult,
  MAX_VERIFIERS,
  resultProblems,
  VerificationOutcome,
  verificationOutcome,
} from './verification-rules';
import { VerificationEntity, Verifier } from './verification.entity';

/** A verification opinion is a short report rather than a reason, so it may run longer than one. */
const MAX_OPINION = 5_000;
const MAX_RESULTS = 1_000;

const opinion = z
  .string()
  .trim()
  .max(MAX_OPINION, { message: `意见不能超过 ${MAX_OPINION} 字 / at most ${MAX_OPINION} characters` })
  .nullish()
  .transform((text) => text || null);

const verificationSchema = z.object({
  method: z.enum(VerificationMethod, { message: '请选择核查方式 / choose a verification method' }),
  verifiers: z
    .array(
      z.object({
        name: z
          .string()
          .trim()
          .min(1, { message: '核查人员姓名不能为空 / a verifier needs a name' })
          .max(50, { message: '姓名不能超过 50 字 / a name of at most 50 characters' }),
        deputy: z.boolean(),
      }),
    )
    .min(1, { message: '至少填写一名核查人员 / name at least one verifier' })
    .max(MAX_VERIFIERS, {
      message: `最多 ${MAX_VERIFIERS} 名核查人员 / at most ${MAX_VERIFIERS} verifiers`,
    }),
  results: z
    .array(
      z.object({
        findingId: z.string(),
        result: z.enum(FindingVerificationResult),
        opinion,
      }),
    )
    .max(MAX_RESULTS, { message: `最多 ${MAX_RESULTS} 个结果 / at most ${MAX_RESULTS} results` }),
  opinion,
});

/** A round of verification as the service records it. */
interface Round {
  method: VerificationMethod | null;
  verifiers: Verifier[];
  results: NewFindingResult[];
  opinion: string | null;
  /** An item without findings is verified as a whole. */
  passed?: boolean;
}

/**
 * 核查销号: the handing-over tenant checks a reply, finding by finding, by a method and with named verifiers.
 * Each finding's latest result counts: the item closes out when all have passed, goes back to the department
 * when one did not, and otherwise awaits the rest. The yes/no verification is the round that gives every
 * finding the same result.
 */
@Injectable()
export class VerificationsService {
  constructor(
    private readonly db: Db,
    private readonly handoffs: HandoffsRepository,
    private readonly rectification: RectificationRepository,
    private readonly notifications: NotificationsRepository,
    private readonly findings: FindingsRepository,
    private readonly findingTransitions: FindingTransitions,
    private readonly lookBacks: LookBacksService,
    private readonly transitions: HandoffTransitions,
    private readonly clock: Clock,
  ) {}

  /** The yes/no verification: passed closes it out (销号), else back to RECTIFYING with the opinion. */
  async verify(
    caller: Caller,
    handoffId: string,
    passed: boolean,
    opinionText?: string | null,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = opinionText?.trim() || null;
    if (!passed && !why) {
      throw AppException.badInput('opinion', 'REASON_REQUIRED', {
        zh: '核查未通过须填写意见',
        en: 'an opinion is required when verification fails',
      });
    }
    if (why && why.length > MAX_OPINION) {
      throw AppException.badInput('opinion', 'TEXT_TOO_LONG', {
        zh: `意见不能超过 ${MAX_OPINION} 字`,
        en: `opinion at most ${MAX_OPINION} characters`,
      });
    }
    return this.db.transaction(async (manager) => {
      const handoff = await this.lockToVerify(manager, caller, handoffId);
      const result = passed ? FindingVerificationResult.PASSED : FindingVerificationResult.FAILED;
      const findingIds = await this.findingIdsOf(handoff.id);
      const round: Round = {
        method: null,
        verifiers: [],
        results: findingIds.map((findingId) => ({ findingId, result, opinion: null })),
        opinion: why,
        passed,
      };
      return this.record(manager, caller, handoff, findingIds, round, now);
    });
  }

  /** A structured verification: method, verifiers, and a result for some or all of the findings. */
  async verifyFindings(
    caller: Caller,
    handoffId: string,
    input: unknown,
    now = this.clock.now(),
  ): Promise<HandoffEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const parsed = parseInput(verificationSchema, input, 'input');
    const results = parsed.results.map((one, index) => ({
      ...one,
      findingId: parseId(one.findingId, `input.results.${index}.findingId`),
    }));
    return this.db.transaction(async (manager) => {
      const handoff = await this.lockToVerify(manager, caller, handoffId);
      const findingIds = await this.findingIdsOf(handoff.id);
      const problems = resultProblems(findingIds, results, parsed.opinion);
      if (problems.length > 0) {
        throw AppException.badFields(problems);
      }
      const round: Round = {
        method: parsed.method,
        verifiers: parsed.verifiers,
        results,
        opinion: parsed.opinion,
      };
      return this.record(manager, caller, handoff, findingIds, round, now);
    });
  }

  /** The verifications of the handoffs, oldest first, each with its results. */
  async verificationsOf(
    handoffIds: readonly string[],
  ): Promise<Array<{ verification: VerificationEntity; results: VerificationResultEntity[] }>> {
    const verifications = await this.rectification.verificationsOf(handoffIds);
    const results = await this.rectification.resultsOf(verifications.map((one) => one.id));
    return verifications.map((verification) => ({
      verification,
      results: results.filter((one) => one.verificationId === verification.id),
    }));
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    handoff: HandoffEntity,
    findingIds: readonly string[],
    round: Round,
    now: Date,
  ): Promise<HandoffEntity> {
    const outcome = verificationOutcome({
      findingIds,
      earlier: await this.roundsSinceClosed(manager, handoff.id),
      round: round.results,
      passed: findingIds.length === 0 ? round.passed : undefined,
    });
    await this.rectification.insertVerification(
      manager,
      {
        handoffId: handoff.id,
        passed: outcome === VerificationOutcome.CLOSE,
        opinion: round.opinion,
        method: round.method,
        verifiers: round.verifiers,
        byUserId: caller.userId,
        byTenantId: caller.tenantId,
      },
      round.results,
    );
    await this.closeFindingByFinding(manager, round.results);
    switch (outcome) {
      case VerificationOutcome.CLOSE: {
        const moved = await this.transitions.move(manager, handoff, HandoffStatus.CLOSED, { closedAt: now });
        await this.notify(manager, handoff, true, round.opinion, now);
        await this.lookBacks.schedule(manager, handoff.id, now);
        await this.findingTransitions.moveOfHandoff(
          manager,
          handoff.id,
          [FindingStatus.HANDED_OVER, FindingStatus.RECTIFYING],
          FindingStatus.CLOSED,
        );
        return moved;
      }
      case VerificationOutcome.RETURN: {
        const moved = await this.transitions.move(manager, handoff, HandoffStatus.RECTIFYING, {
          repliedAt: null,
        });
        await this.notify(manager, handoff, false, failureReason(round), now);
        return moved;
      }
      case VerificationOutcome.KEEP:
        return handoff;
    }
  }

  /** A finding that passed is closed out on its own (逐项销号); one that did not is worked again. */
  private async closeFindingByFinding(
    manager: EntityManager,
    results: readonly FindingResult[],
  ): Promise<void> {
    if (results.length === 0) {
      return;
    }
    const locked = await this.findings.lockByIds(
      manager,
      results.map((one) => one.findingId),
    );
    const passed = new Set(
      results.filter((one) => one.result === FindingVerificationResult.PASSED).map((one) => one.findingId),
    );
    await this.findingTransitions.move(
      manager,
      locked.filter(
        (finding) =>
          passed.has(finding.id) &&
          (finding.status === FindingStatus.RECTIFYING || finding.status === FindingStatus.HANDED_OVER),
      ),
      FindingStatus.CLOSED,
    );
    await this.findingTransitions.move(
      manager,
      locked.filter((finding) => !passed.has(finding.id) && finding.status === FindingStatus.CLOSED),
      FindingStatus.RECTIFYING,
    );
  }

  /** The per-finding results of the rounds since the item last closed out, oldest first. */
  private async roundsSinceClosed(manager: EntityManager, handoffId: string): Promise<FindingResult[][]> {
    const verifications = await this.rectification.verificationsOf([handoffId], manager);
    const lastClosed = verifications.map((one) => one.passed).lastIndexOf(true);
    const open = verifications.slice(lastClosed + 1);
    const results = await this.rectification.resultsOf(
      open.map((one) => one.id),
      manager,
    );
    return open.map((verification) => results.filter((one) => one.verificationId === verification.id));
  }

  private async findingIdsOf(handoffId: string): Promise<string[]> {
    return (await this.handoffs.findingsOf([handoffId])).map((finding) => finding.id);
  }

  /**
   * Locks a replied handoff for the tenant that handed it over: NOT_FOUND to whoever may not see it,
   * FORBIDDEN to another tier that may, CONFLICT unless the department has replied.
   */
  private async lockToVerify(
    manager: EntityManager,
    caller: Caller,
    handoffId: string,
  ): Promise<HandoffEntity> {
    const handoff = await this.handoffs.lock(manager, handoffId);
    if (!handoff || !(await this.canSee(caller, handoff, manager))) {
      throw AppException.notFound(HANDOFF, handoffId);
    }
    if (handoff.tenantId !== caller.tenantId) {
      throw AppException.forbidden('NOT_HANDING_TENANT', {
        zh: '只有交办机关可以核查销号',
        en: 'Only the handing-over tenant verifies it.',
      });
    }
    if (handoff.status !== HandoffStatus.REPLIED) {
      throw AppException.conflict('HANDOFF_NOT_REPLIED', {
        zh: `交办事项状态为 ${handoff.status},尚未回复办结,不能核查`,
        en: 'Only a REPLIED handoff can be verified.',
      });
    }
    return handoff;
  }

  private async canSee(caller: Caller, handoff: HandoffEntity, manager: EntityManager): Promise<boolean> {
    if (isDepartmentCaller(caller)) {
      return handoff.departmentId === caller.departmentId;
    }
    return (
      canSeeSubtreeOf(caller, handoff.tenantPath) ||
      this.handoffs.holdsFindingIn(handoff.id, caller.tenantPath, manager)
    );
  }

  private async notify(
    manager: EntityManager,
    handoff: HandoffEntity,
    passed: boolean,
    why: string | null,
    now: Date,
  ): Promise<void> {
    await this.notifications.notify(
      {
        tenantId: handoff.tenantId,
        departmentId: handoff.departmentId,
        kind: passed ? 'VERIFIED' : 'VERIFICATION_FAILED',
        message: passed
          ? `${ledgerItemName(handoff)} ${handoff.letterNo} 经核查已销号 / Verified and closed out.`
          : `${ledgerItemName(handoff)} ${handoff.letterNo} 核查未通过,请继续整改:${why ?? ''} / Verification failed: keep rectifying.`,
        handoffId: handoff.id,
        dedupeKey: jobId('verified', handoff.id, now.getTime()),
      },
      manager,
    );
  }
}

/** What the department is told when a round sends the item back: the opinion, and each finding's. */
function failureReason(round: Round): string | null {
  const perFinding = round.results
    .filter((one) => one.result !== FindingVerificationResult.PASSED && one.opinion)
    .map((one) => one.opinion);
  const parts = [round.opinion, ...perFinding].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(';') : null;
}
