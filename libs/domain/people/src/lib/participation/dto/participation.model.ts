import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeputyParticipationEntity } from '../deputy-participation.entity';
import { ParticipationStatus, ParticipationTargetKind } from '../participation-kinds';
import { ParticipationRecord } from '../participation.repository';

@ObjectType('DeputyParticipation', {
  description: '代表参与记录: a deputy named for an activity, verification or appraisal',
})
export class DeputyParticipationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) deputyId!: string;
  @Field(() => ParticipationTargetKind) targetKind!: ParticipationTargetKind;
  @Field(() => ID) targetId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'what it was: the activity, ledger item or appraisal, as you see it',
  })
  targetTitle!: string | null;
  @Field(() => Date, { nullable: true, description: 'when it was held (or handed over)' })
  targetAt!: Date | null;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'when attendance was recorded' })
  recordedAt!: Date | null;
  tenantId!: string;

  static from(
    entity: DeputyParticipationEntity,
    target?: Omit<ParticipationRecord, 'participation'>,
  ): DeputyParticipationModel {
    return Object.assign(new DeputyParticipationModel(), {
      id: entity.id,
      deputyId: entity.deputyId,
      targetKind: entity.targetKind,
      targetId: entity.targetId,
      targetTitle: target?.targetTitle ?? null,
      targetAt: target?.targetAt ?? null,
      status: entity.status,
      role: entity.role,
      invitedAt: entity.invitedAt,
      recordedAt: entity.recordedAt,
      tenantId: entity.tenantId,
    });
  }

  static fromRecord(record: ParticipationRecord): DeputyParticipationModel {
    return DeputyParticipationModel.from(record.participation, record);
  }
}
