import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JointProjectEntity } from '../joint-project.entity';
import { Unifications } from '../unifications';

@ObjectType('Leadership', { description: '统一领导' })
export class LeadershipModel {
  @Field() leadBody!: string;
  @Field() leader!: string;
  @Field(() => String, { nullable: true }) office!: string | null;
}

@ObjectType('Milestone')
export class MilestoneModel {
  @Field() name!: string;
  @Field() dueAt!: Date;
}

@ObjectType('Scheme', { description: '统一方案' })
export class SchemeModel {
  @Field() objectives!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => [MilestoneModel]) milestones!: MilestoneModel[];
}

@ObjectType('ChecklistItem')
export class ChecklistItemModel {
  @Field() code!: string;
  @Field() text!: string;
}

@ObjectType('Policy', { description: '统一政策' })
export class PolicyModel {
  @Field(() => [String]) legalBasis!: string[];
  @Field(() => [ChecklistItemModel]) checklist!: ChecklistItemModel[];
}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) target!: number;
}

@ObjectType('Effect', { description: '统一效果' })
export class EffectModel {
  @Field(() => [IndicatorModel]) indicators!: IndicatorModel[];
}

@ObjectType('FiveUnifications', { description: '五统一' })
export class FiveUnificationsModel {
  @Field(() => LeadershipModel) leadership!: LeadershipModel;
  @Field(() => SchemeModel) scheme!: SchemeModel;
  /** Resolved against the catalogue by a field resolver. */
  methodCodes!: string[];
  @Field(() => PolicyModel) policy!: PolicyModel;
  @Field(() => EffectModel) effect!: EffectModel;

  static from(stored: Unifications): FiveUnificationsModel {
    return Object.assign(new FiveUnificationsModel(), {
      leadership: { ...stored.leadership },
      scheme: {
        objectives: stored.scheme.objectives,
        startsAt: new Date(stored.scheme.startsAt),
        endsAt: new Date(stored.scheme.endsAt),
        milestones: stored.scheme.milestones.map((m) => ({ name: m.name, dueAt: new Date(m.dueAt) })),
      },
      methodCodes: [...stored.methods],
      policy: {
        legalBasis: [...stored.policy.legalBasis],
        checklist: stored.policy.checklist.map((c) => ({ ...c })),
      },
      effect: { indicators: stored.effect.indicators.map((i) => ({ ...i })) },
    });
  }
}

@ObjectType('JointProject', { description: '联动监督项目' })
export class JointProjectModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => FiveUnificationsModel) unifications!: FiveUnificationsModel;
  @Field(() => Date, { nullable: true, description: '结束时间: set when its last assignment closes' })
  closedAt!: Date | null;
  issuerId!: string;
  leadCommitteeId!: string | null;

  static from(entity: JointProjectEntity): JointProjectModel {
    return Object.assign(new JointProjectModel(), {
      id: entity.id,
      year: entity.year,
      title: entity.title,
      isKey: entity.isKey,
      version: entity.version,
      unifications: FiveUnificationsModel.from(entity.unifications),
      closedAt: entity.closedAt ?? null,
      issuerId: entity.tenantId,
      leadCommitteeId: entity.leadCommitteeId,
    });
  }
}
