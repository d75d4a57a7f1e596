import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ActivityEntity, Participants } from '../activity.entity';
import { FindingReviewEntity } from '../finding-review.entity';

@ObjectType('Participants', { description: '参加人员:常委会组成人员、代表、专家、工作人员' })
export class ParticipantsModel {
  @Field(() => Int) members!: number;
  @Field(() => Int) deputies!: number;
  @Field(() => Int) experts!: number;
  @Field(() => Int) staff!: number;
}

@ObjectType('Activity', { description: '监督活动' })
export class ActivityModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field() location!: string;
  @Field() summary!: string;
  @Field(() => ParticipantsModel) participants!: Participants;
  @Field({ description: '暗访: hidden from responsible units until its findings are handed over' })
  covert!: boolean;
  assignmentId!: string;
  methodCode!: string;

  static from(entity: ActivityEntity): ActivityModel {
    return Object.assign(new ActivityModel(), {
      id: entity.id,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      location: entity.location,
      summary: entity.summary,
      participants: entity.participants,
      covert: entity.covert,
      assignmentId: entity.assignmentId,
      methodCode: entity.methodCode,
    });
  }
}

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

@InputType('ParticipantsInput')
export class ParticipantsInput {
  @Field(() => Int) members!: number;
  @Field(() => Int) deputies!: number;
  @Field(() => Int) experts!: number;
  @Field(() => Int) staff!: number;
}

@InputType('ActivityInput')
export class ActivityInput {
  @Field({ description: "one of the project's unified methods" }) method!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field() location!: string;
  @Field() summary!: string;
  @Field(() => ParticipantsInput) participants!: ParticipantsInput;
  @Field() covert!: boolean;
}
