import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeputyLevel, DeputyStatus } from '../deputy-kinds';
import { DeputyEntity } from '../deputy.entity';

@ObjectType('Deputy', { description: '代表: one deputy on a tier’s roster (代表名册)' })
export class DeputyModel {
  @Field(() => ID) id!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => DeputyLevel) level!: DeputyLevel;
  @Field({ description: '选区/代表团' }) constituency!: string;
  @Field({ description: '届次' }) term!: string;
  @Field({ description: '任期起 YYYY-MM-DD' }) termStartsOn!: string;
  @Field({ description: '任期止 YYYY-MM-DD' }) termEndsOn!: string;
  @Field({ description: '工作单位及职务' }) workplace!: string;
  @Field(() => DeputyStatus) status!: DeputyStatus;
  @Field(() => String, { nullable: true, description: '终止代表资格的原因' }) leftReason!: string | null;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
  tenantId!: string;

  static from(entity: DeputyEntity): DeputyModel {
    return Object.assign(new DeputyModel(), {
      id: entity.id,
      name: entity.name,
      level: entity.level,
      constituency: entity.constituency,
      term: entity.term,
      termStartsOn: entity.termStartsOn,
      termEndsOn: entity.termEndsOn,
      workplace: entity.workplace,
      status: entity.status,
      leftReason: entity.leftReason,
      leftAt: entity.leftAt,
      tenantId: entity.tenantId,
    });
  }
}
