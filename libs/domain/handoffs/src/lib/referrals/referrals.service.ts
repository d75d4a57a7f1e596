import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { AppException, parseId, parseInput, requireReason } from '@liandong/errors';
import { FindingsRepository } from '@liandong/findings';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  isDepartmentCaller,
  isWithinPath,
  Permission,
  TenancyService,
} from '@liandong/tenancy';
import { Clock, shanghaiDay } from '@liandong/time';
import { HANDOFF } from '../handoff-access';
import { HandoffsRepository } from '../handoffs.repository';
import { CollaboratingBodyEntity } from './collaborating-body.entity';
import { ReferralStatus } from './referral-kinds';
import {
  bodySchema,
  bodyUpdateSchema,
  COLLABORATING_BODY,
  daySchema,
  MAX_REFERRAL_LIST,
  outcomeSchema,
  receiptNoSchema,
  REFERRAL,
} from './referral-rules';
import { assertReferralTransition, INITIAL_REFERRAL_STATUS } from './referral-transitions';
import { ReferralEntity } from './referral.entity';
import { ReferralChanges, ReferralFilter, ReferralsRepository } from './referrals.repository';

const FINDING = { zh: '问题', en: 'Finding' };

/** Where a referral goes and why (线索移送). */
export interface ReferralRequest {
  bodyId: string;
  reason: string;
}

/**
 * Collaboration (协同监督): the bodies a tier works with, and the findings and ledger items it refers to
 * them (线索移送), received, concluded and closed along the referral transition table. A tier refers only
 * to its own bodies, what lies in its subtree, and moves only its own referrals.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly db: Db,
    private readonly repository: ReferralsRepository,
    private readonly findings: FindingsRepository,
    private readonly handoffs: HandoffsRepository,
    private readonly tenancy: TenancyService,
    private readonly clock: Clock,
  ) {}

  addBody(caller: Caller, input: unknown): Promise<CollaboratingBodyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const body = parseInput(bodySchema, input, 'input');
    return this.repository.insertBody({
      tenantId: caller.tenantId,
      tenantPath: caller.tenantPath,
      kind: body.kind,
      name: body.name,
      contact: body.contact ?? null,
    });
  }

  async updateBody(caller: Caller, id: string, input: unknown): Promise<CollaboratingBodyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const changes = parseInput(bodyUpdateSchema, input, 'input');
    const body = await this.ownBody(caller, id);
    const next = {
      kind: changes.kind ?? body.kind,
      name: changes.name ?? body.name,
      contact: changes.contact === undefined ? body.contact : changes.contact || null,
    };
    await this.repository.updateBody(body.id, next);
    return { ...body, ...next };
  }

  /** The tier no longer works with the body: it stays, with its referrals, but receives no new one. */
  async retireBody(caller: Caller, id: string): Promise<CollaboratingBodyEntity> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    const body = await this.ownBody(caller, id);
    if (body.retiredAt) {
      return body;
    }
    const retiredAt = this.clock.now();
    await this.repository.updateBody(body.id, { retiredAt });
    return { ...body, retiredAt };
  }

  /** The bodies of the caller's tenant, or of a tenant in its subtree. */
  async bodies(caller: Caller, tenantId: string | null): Promise<CollaboratingBodyEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, tenantId, 'tenantId');
    return this.repository.bodiesOf(scope.id);
  }

  findBodies(ids: readonly string[]): Promise<CollaboratingBodyEntity[]> {
    return this.repository.findBodies(ids);
  }

  /** Refers a finding of the caller's subtree to one of the caller's own bodies. */
  async referFinding(caller: Caller, findingId: string, input: ReferralRequest): Promise<ReferralEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const id = parseId(findingId, 'findingId');
    return this.db.transaction(async (manager) => {
      const [finding] = await this.findings.findByIds([id], manager);
      if (!finding || !canSeeSubtreeOf(caller, finding.tenantPath)) {
        throw AppException.notFound(FINDING, findingId);
      }
      return this.refer(manager, caller, { findingId: finding.id, handoffId: null }, input);
    });
  }

  /** Refers a ledger item of the caller's subtree to one of the caller's own bodies. */
  async referHandoff(caller: Caller, handoffId: string, input: ReferralRequest): Promise<ReferralEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const id = parseId(handoffId, 'handoffId');
    return this.db.transaction(async (manager) => {
      const handoff = await this.handoffs.lock(manager, id);
      if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
        throw AppException.notFound(HANDOFF, handoffId);
      }
      return this.referHandoffIn(manager, caller, handoff, input);
    });
  }

  /**
   * Refers a handoff the caller already holds (locked and visible), in the caller's transaction: the way
   * escalation level 6 (线索移送) sends one on.
   */
  referHandoffIn(
    manager: EntityManager,
    caller: Caller,
    handoff: { id: string; tenantPath: string },
    input: ReferralRequest,
  ): Promise<ReferralEntity> {
    if (!isWithinPath(handoff.tenantPath, caller.tenantPath)) {
      throw AppException.forbidden('REFERRAL_OUTSIDE_SUBTREE', {
        zh: '只能移送本辖区的事项',
        en: 'Only items within your subtree are referred.',
      });
    }
    return this.refer(manager, caller, { findingId: null, handoffId: handoff.id }, input);
  }

  recordReceipt(caller: Caller, id: string, receiptNo: string, receivedOn: string): Promise<ReferralEntity> {
    const number = parseInput(receiptNoSchema, receiptNo, 'receiptNo');
    const day = this.pastDay(receivedOn, 'receivedOn');
    return this.change(caller, id, ReferralStatus.RECEIVED, (referral) => {
      if (day < shanghaiDay(referral.sentAt)) {
        throw AppException.badInput('receivedOn', 'RECEIVED_BEFORE_SENT', {
          zh: '接收日期不能早于移送日期',
          en: 'not before the day it was sent',
        });
      }
      return { receiptNo: number, receivedOn: day };
    });
  }

  recordOutcome(caller: Caller, id: string, outcome: string, decidedOn: string): Promise<ReferralEntity> {
    const text = parseInput(outcomeSchema, outcome, 'outcome');
    const day = this.pastDay(decidedOn, 'decidedOn');
    return this.change(caller, id, ReferralStatus.CONCLUDED, (referral) => {
      if (referral.receivedOn && day < referral.receivedOn) {
        throw AppException.badInput('decidedOn', 'DECIDED_BEFORE_RECEIVED', {
          zh: '办结日期不能早于接收日期',
          en: 'not before the day it was received',
        });
      }
      return { outcome: text, decidedOn: day };
    });
  }

  close(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.change(caller, id, ReferralStatus.CLOSED, () => ({ closedAt: this.clock.now() }));
  }

  async list(
    caller: Caller,
    filter: ReferralFilter,
    scopeTenantId: string | null,
  ): Promise<ReferralEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    return this.repository.list(
      scope.path,
      {
        status: filter.status ?? null,
        bodyId: filter.bodyId ? parseId(filter.bodyId, 'filter.bodyId') : null,
      },
      MAX_REFERRAL_LIST,
    );
  }

  /** The titles of referred findings, by finding id. */
  async findingTitles(ids: readonly string[]): Promise<Array<{ id: string; title: string }>> {
    return (await this.findings.findByIds(ids)).map((finding) => ({ id: finding.id, title: finding.title }));
  }

  /** The titles of referred ledger items, by id: an item handed over as findings has none, so its letter number. */
  async handoffTitles(ids: readonly string[]): Promise<Array<{ id: string; title: string }>> {
    return (await this.handoffs.findByIds(ids)).map((handoff) => ({
      id: handoff.id,
      title: handoff.title ?? handoff.letterNo,
    }));
  }

  ofFindings(ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.repository.ofFindings(ids);
  }

  ofHandoffs(ids: readonly string[]): Promise<ReferralEntity[]> {
    return this.repository.ofHandoffs(ids);
  }

  private async refer(
    manager: EntityManager,
    caller: Caller,
    subject: { findingId: string | null; handoffId: string | null },
    input: ReferralRequest,
  ): Promise<ReferralEntity> {
    const reason = requireReason(input?.reason, 'input.reason', { zh: '移送', en: 'a referral' });
    const bodyId = parseId(input?.bodyId ?? '', 'input.bodyId');
    const body = await this.repository.findBody(bodyId, manager);
    if (!body || body.tenantId !== caller.tenantId) {
      throw AppException.badInput('input.bodyId', 'BODY_NOT_OWN', {
        zh: '协同单位不存在或不是本机关的协同单位',
        en: 'not one of your tenant’s collaborating bodies',
      });
    }
    if (body.retiredAt) {
      throw AppException.badInput('input.bodyId', 'BODY_RETIRED', {
        zh: `协同单位「${body.name}」已停用`,
        en: 'that body is retired',
      });
    }
    if (await this.repository.openTo(manager, subject, body.id)) {
      throw AppException.conflict('REFERRAL_ALREADY_OPEN', {
        zh: `已移送「${body.name}」且尚未归档`,
        en: 'Already referred to that body and not closed.',
      });
    }
    return this.repository.insert(manager, {
      tenantId: caller.tenantId,
      tenantPath: caller.tenantPath,
      bodyId: body.id,
      findingId: subject.findingId,
      handoffId: subject.handoffId,
      reason,
      status: INITIAL_REFERRAL_STATUS,
      sentBy: caller.userId,
    });
  }

  private pastDay(value: string, field: string): string {
    const day = parseInput(daySchema, value, field);
    if (day > shanghaiDay(this.clock.now())) {
      throw AppException.badInput(field, 'DAY_IN_FUTURE', {
        zh: '日期不能晚于今天',
        en: 'not later than today',
      });
    }
    return day;
  }

  private async ownBody(caller: Caller, id: string): Promise<CollaboratingBodyEntity> {
    const body = await this.repository.findBody(parseId(id));
    if (!body || !canSeeSubtreeOf(caller, body.tenantPath)) {
      throw AppException.notFound(COLLABORATING_BODY, id);
    }
    if (body.tenantId !== caller.tenantId) {
      throw AppException.forbidden('BODY_NOT_OWN', {
        zh: '只能管理本机关的协同单位',
        en: 'Only the tenant that keeps a body changes it.',
      });
    }
    return body;
  }

  /** Moves a referral of the caller's own tenant along the machine, with the changes `decide` returns. */
  private async change(
    caller: Caller,
    id: string,
    to: ReferralStatus,
    decide: (referral: ReferralEntity) => ReferralChanges,
  ): Promise<ReferralEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const referralId = parseId(id);
    return this.db.transaction(async (manager) => {
      const referral = await this.repository.lock(manager, referralId);
      if (!referral || !canSeeSubtreeOf(caller, referral.tenantPath)) {
        throw AppException.notFound(REFERRAL, id);
      }
      if (referral.tenantId !== caller.tenantId) {
        throw AppException.forbidden('REFERRAL_NOT_OWN', {
          zh: '只能处理本机关的移送',
          en: 'Only the tenant that sent a referral records it.',
        });
      }
      assertReferralTransition(referral.status, to);
      const changes = decide(referral);
      await this.repository.update(manager, referral.id, to, changes);
      return { ...referral, ...changes, status: to };
    });
  }
}
