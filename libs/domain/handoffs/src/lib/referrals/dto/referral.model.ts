import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CollaboratingBodyEntity } from '../collaborating-body.entity';
import { CollaboratingBodyKind, ReferralStatus } from '../referral-kinds';
import { ReferralEntity } from '../referral.entity';

@ObjectType('CollaboratingBody', { description: '协同单位: a body a tier works with' })
export class CollaboratingBodyModel {
  @Field(() => ID) id!: string;
  @Field(() => CollaboratingBodyKind) kind!: CollaboratingBodyKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) contact!: string | null;
  @Field(() => Date, { nullable: true, description: '停用时间: it receives no new referral' })
  retiredAt!: Date | null;
  tenantId!: string;

  static from(entity: CollaboratingBodyEntity): CollaboratingBodyModel {
    return Object.assign(new CollaboratingBodyModel(), {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      contact: entity.contact,
      retiredAt: entity.retiredAt,
      tenantId: entity.tenantId,
    });
  }
}

@ObjectType('Referral', {
  description: '线索移送: a finding or ledger item referred to a collaborating body',
})
export class ReferralModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) findingId!: string | null;
  @Field(() => ID, { nullable: true }) handoffId!: string | null;
  @Field({ description: '移送理由' }) reason!: string;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => String, { nullable: true, description: '接收文号' }) receiptNo!: string | null;
  @Field(() => String, { nullable: true, description: '接收日期 YYYY-MM-DD' }) receivedOn!: string | null;
  @Field(() => String, { nullable: true, description: '办理结果' }) outcome!: string | null;
  @Field(() => String, { nullable: true, description: '办结日期 YYYY-MM-DD' }) decidedOn!: string | null;
  @Field(() => ID) sentBy!: string;
  @Field() sentAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  bodyId!: string;
  tenantId!: string;

  static from(entity: ReferralEntity): ReferralModel {
    return Object.assign(new ReferralModel(), {
      id: entity.id,
      findingId: entity.findingId,
      handoffId: entity.handoffId,
      reason: entity.reason,
      status: entity.status,
      receiptNo: entity.receiptNo,
      receivedOn: entity.receivedOn,
      outcome: entity.outcome,
      decidedOn: entity.decidedOn,
      sentBy: entity.sentBy,
      sentAt: entity.sentAt,
      closedAt: entity.closedAt,
      bodyId: entity.bodyId,
      tenantId: entity.tenantId,
    });
  }
}
