import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LedgerItemKind } from '../../ledger-item-kind';
import { ReviewOpinionEntity } from '../review-opinion.entity';

@ObjectType('ReviewOpinion', {
  description: '审议意见或决议: what a session sends to a body; each item is a ledger item',
})
export class ReviewOpinionModel {
  @Field(() => ID) id!: string;
  @Field(() => LedgerItemKind) kind!: LedgerItemKind;
  @Field({ description: '文号' }) letterNo!: string;
  @Field() title!: string;
  @Field() issuedAt!: Date;
  @Field({ description: '办理期限, the deadline of each item' }) deadline!: Date;
  @Field(() => String, { nullable: true, description: '研究处理情况报告' }) response!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  sessionId!: string;
  reportId!: string | null;
  departmentId!: string;
  leadCommitteeId!: string | null;

  static from(entity: ReviewOpinionEntity): ReviewOpinionModel {
    return Object.assign(new ReviewOpinionModel(), {
      id: entity.id,
      kind: entity.kind,
      letterNo: entity.letterNo,
      title: entity.title,
      issuedAt: entity.issuedAt,
      deadline: entity.deadline,
      response: entity.response,
      respondedAt: entity.respondedAt,
      sessionId: entity.sessionId,
      reportId: entity.reportId,
      departmentId: entity.departmentId,
      leadCommitteeId: entity.leadCommitteeId,
    });
  }
}

@ObjectType('LedgerKindFigures', {
  description: '台账按类别统计: items, closed, overdue and the closure rate',
})
export class LedgerKindFiguresModel {
  @Field(() => LedgerItemKind) kind!: LedgerItemKind;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: '已销号' }) closed!: number;
  @Field(() => Int, { description: '逾期未销号' }) overdue!: number;
  @Field(() => Float, { description: '销号率 closed / total, 0 when there are none' }) closureRate!: number;
}
