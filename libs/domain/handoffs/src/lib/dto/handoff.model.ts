import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HandoffStatus, isOverdue } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { LedgerItemKind } from '../ledger-item-kind';

@ObjectType('Handoff', { description: '交办事项 (one rectification-ledger item)' })
export class HandoffModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: '交办函号' }) letterNo!: string | null;
  @Field() deadline!: Date;
  @Field({ description: '交办时间: when the letter was issued' }) issuedAt!: Date;
  @Field(() => Date, { nullable: true, description: '签收时间: when the department signed for it' })
  signedAt!: Date | null;
  @Field(() => HandoffStatus) status!: HandoffStatus;
  @Field() overdue!: boolean;
  @Field(() => Int, { description: '0 none; climbs with each escalation step' }) escalationLevel!: number;
  @Field(() => LedgerItemKind, { description: '类别: 问题交办, 审议意见 or 决议' }) kind!: LedgerItemKind;
  @Field(() => String, {
    nullable: true,
    description: 'an opinion or resolution item’s text (findings: null)',
  })
  title!: string | null;
  tenantId!: string;
  departmentId!: string;
  projectId!: string | null;
  opinionId!: string | null;

  static from(entity: HandoffEntity, now: Date): HandoffModel {
    return Object.assign(new HandoffModel(), {
      id: entity.id,
      letterNo: entity.letterNo,
      deadline: entity.deadline,
      issuedAt: entity.issuedAt,
      signedAt: entity.signedAt,
      status: entity.status,
      overdue: isOverdue(entity, now),
      escalationLevel: entity.escalationLevel,
      tenantId: entity.tenantId,
      departmentId: entity.departmentId,
      projectId: entity.projectId,
      kind: entity.kind,
      title: entity.title,
      opinionId: entity.opinionId,
    });
  }
}
