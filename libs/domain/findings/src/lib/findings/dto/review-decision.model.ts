import { Field, ObjectType } from '@nestjs/graphql';
import { FindingReviewEntity } from '../finding-review.entity';

@ObjectType('ReviewDecision', { description: '审核记录' })
export class ReviewDecisionModel {
  @Field() accepted!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() at!: Date;
  byUserId!: string;

  static from(entity: FindingReviewEntity): ReviewDecisionModel {
    return Object.assign(new ReviewDecisionModel(), {
      accepted: entity.accepted,
      reason: entity.reason,
      at: entity.at,
      byUserId: entity.byUserId,
    });
  }
}
