import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, parseId, Said } from '@liandong/errors';
import { ActivitiesService } from '@liandong/findings';
import { AppraisalsService, HandoffsRepository } from '@liandong/handoffs';
import { assertPermission, Caller, canSeeSubtreeOf, Permission } from '@liandong/tenancy';
import { Clock, shanghaiDay } from '@liandong/time';
import { invitationRefusal } from '../deputies/deputy-rules';
import { DeputiesService } from '../deputies/deputies.service';
import { ParticipationStatus, ParticipationTargetKind } from './participation-kinds';
import { assertParticipationTransition, INITIAL_PARTICIPATION_STATUS } from './participation-transitions';
import { DeputyParticipationEntity } from './deputy-participation.entity';
import {
  ActivityDeputyCount,
  ParticipationRecord,
  ParticipationRepository,
} from './participation.repository';

export const PARTICIPATION: Said = { zh: '代表参与记录', en: 'Participation' };
const TARGETS: Record<ParticipationTargetKind, Said> = {
  [ParticipationTargetKind.ACTIVITY]: { zh: '监督活动', en: 'Activity' },
  [ParticipationTargetKind.VERIFICATION]: { zh: '交办事项', en: 'Handoff' },
  [ParticipationTargetKind.APPRAISAL]: { zh: '评议', en: 'Appraisal' },
};
export const MAX_INVITED_AT_ONCE = 100;

export interface InvitationRequest {
  target: { kind: ParticipationTargetKind; id: string };
  deputyIds: string[];
  role?: string | null;
}

/**
 * Deputies named for activities, verifications and appraisals: the tier that owns the target names deputies
 * it sees, who are on their roster and within their term, and records whether each attended.
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly db: Db,
    private readonly repository: ParticipationRepository,
    private readonly deputies: DeputiesService,
    private readonly activities: ActivitiesService,
    private readonly handoffs: HandoffsRepository,
    private readonly appraisals: AppraisalsService,
    private readonly clock: Clock,
  ) {}

  async invite(caller: Caller, input: InvitationRequest): Promise<DeputyParticipationEntity[]> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const kind = input?.target?.kind;
    if (!Object.values(ParticipationTargetKind).includes(kind)) {
      throw AppException.badInput('input.target.kind', 'UNKNOWN_TARGET_KIND', {
        zh: '未知的邀请对象类别',
        en: 'unknown target kind',
      });
    }
    const targetId = parseId(input.target.id ?? '', 'input.target.id');
    const ids = input.deputyIds ?? [];
    if (ids.length === 0 || ids.length > MAX_INVITED_AT_ONCE) {
      throw AppException.badInput('input.deputyIds', 'DEPUTY_COUNT', {
        zh: `请选择 1–${MAX_INVITED_AT_ONCE} 名代表`,
        en: `1–${MAX_INVITED_AT_ONCE} deputies`,
      });
    }
    const deputyIds = ids.map((id, index) => parseId(id, `input.deputyIds.${index}`));
    const role = input.role?.trim().slice(0, 50) || null;
    return this.db.transaction(async (manager) => {
      await this.assertOwnTarget(caller, kind, targetId);
      const seen = new Map((await this.deputies.visible(caller, deputyIds, manager)).map((d) => [d.id, d]));
      const today = shanghaiDay(this.clock.now());
      deputyIds.forEach((id, index) => {
        const deputy = seen.get(id);
        const field = `input.deputyIds.${index}`;
        if (!deputy) {
          throw AppException.badInput(field, 'DEPUTY_NOT_VISIBLE', {
            zh: '代表不存在或不在本机关及下级名册中',
            en: 'no such deputy on your roster or those below it',
          });
        }
        const refusal = invitationRefusal(deputy, today);
        if (refusal) {
          throw AppException.badInput(field, refusal.reason, refusal.said);
        }
      });
      await this.repository.insertMissing(
        manager,
        [...new Set(deputyIds)].map((deputyId) => ({
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          deputyId,
          targetKind: kind,
          targetId,
          status: INITIAL_PARTICIPATION_STATUS,
          role,
          invitedBy: caller.userId,
        })),
      );
      return this.repository.ofTarget(kind, targetId, manager);
    });
  }

  /** 出席 / 缺席, recorded by the tier that named the deputy. */
  async recordAttendance(caller: Caller, id: string, attended: boolean): Promise<DeputyParticipationEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const participationId = parseId(id, 'participationId');
    return this.db.transaction(async (manager) => {
      const participation = await this.repository.lock(manager, participationId);
      if (!participation || !canSeeSubtreeOf(caller, participation.tenantPath)) {
        throw AppException.notFound(PARTICIPATION, id);
      }
      if (participation.tenantId !== caller.tenantId) {
        throw AppException.forbidden('PARTICIPATION_NOT_OWN', {
          zh: '只有邀请代表的机关可以登记出席情况',
          en: 'Only the inviting tier records attendance.',
        });
      }
      const to = attended ? ParticipationStatus.ATTENDED : ParticipationStatus.ABSENT;
      assertParticipationTransition(participation.status, to);
      const recordedAt = this.clock.now();
      await this.repository.setStatus(manager, participation.id, to, recordedAt);
      return { ...participation, status: to, recordedAt };
    });
  }

  ofTargets(kind: ParticipationTargetKind, ids: readonly string[]): Promise<DeputyParticipationEntity[]> {
    return this.repository.ofTargets(kind, ids);
  }

  ofDeputies(ids: readonly string[]): Promise<ParticipationRecord[]> {
    return this.repository.ofDeputies(ids);
  }

  attendedCounts(ids: readonly string[]): Promise<Array<{ deputyId: string; count: number }>> {
    return this.repository.attendedCounts(ids);
  }

  activityCounts(ids: readonly string[]): Promise<ActivityDeputyCount[]> {
    return this.repository.activityCounts(ids);
  }

  /** The target is the caller's own: the activity's tenant, the handing-over tier, the appraising tier. */
  private async assertOwnTarget(caller: Caller, kind: ParticipationTargetKind, id: string): Promise<void> {
    const owner = await this.ownerOf(caller, kind, id);
    if (!owner || !canSeeSubtreeOf(caller, owner.tenantPath)) {
      throw AppException.notFound(TARGETS[kind], id);
    }
    if (owner.tenantId !== caller.tenantId) {
      throw AppException.forbidden('TARGET_NOT_OWN', {
        zh: `只有${TARGETS[kind].zh}所属的机关可以邀请代表`,
        en: `Only the tier that owns the ${TARGETS[kind].en.toLowerCase()} invites deputies to it.`,
      });
    }
  }

  private async ownerOf(
    caller: Caller,
    kind: ParticipationTargetKind,
    id: string,
  ): Promise<{ tenantId: string; tenantPath: string } | null> {
    switch (kind) {
      case ParticipationTargetKind.ACTIVITY:
        return (await this.activities.findByIds([id]))[0] ?? null;
      case ParticipationTargetKind.VERIFICATION:
        return this.handoffs.findById(id);
      case ParticipationTargetKind.APPRAISAL: {
        try {
          return (await this.appraisals.get(caller, id)).appraisal;
        } catch (error) {
          if (error instanceof AppException && error.reason === 'NOT_FOUND') {
            return null;
          }
          throw error;
        }
      }
    }
  }
}
