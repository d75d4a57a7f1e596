import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EscalationEntity } from './escalation.entity';

@ObjectType('Escalation', { description: '督办记录' })
export class EscalationModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) level!: number;
  @Field() name!: string;
  @Field() at!: Date;
  @Field() reason!: string;
  @Field() automatic!: boolean;
  tenantId!: string;

  static from(entity: EscalationEntity): EscalationModel {
    return Object.assign(new EscalationModel(), {
      id: entity.id,
      level: entity.level,
      name: entity.name,
      at: entity.at,
      reason: entity.reason,
      automatic: entity.automatic,
      tenantId: entity.tenantId,
    });
  }
}
