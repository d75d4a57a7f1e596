import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActivityEntity, Participants } from '../activity.entity';

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
