import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeliveryRecipient } from '../document-kind';
import { ReportDeliveryEntity } from '../report-delivery.entity';

@ObjectType('ReportDelivery', { description: '成果报告的报送与反馈' })
export class ReportDeliveryModel {
  @Field(() => ID) id!: string;
  @Field({ description: '报送对象' }) recipient!: string;
  @Field(() => DeliveryRecipient) recipientKind!: DeliveryRecipient;
  @Field({ description: '报送日期 (YYYY-MM-DD)' }) deliveredOn!: string;
  @Field(() => String, { nullable: true, description: '反馈意见' }) feedback!: string | null;
  @Field(() => String, { nullable: true, description: '反馈日期 (YYYY-MM-DD)' })
  feedbackReceivedOn!: string | null;
  @Field() recordedAt!: Date;

  static from(entity: ReportDeliveryEntity): ReportDeliveryModel {
    return Object.assign(new ReportDeliveryModel(), {
      id: entity.id,
      recipient: entity.recipient,
      recipientKind: entity.recipientKind,
      deliveredOn: entity.deliveredOn,
      feedback: entity.feedback,
      feedbackReceivedOn: entity.feedbackOn,
      recordedAt: entity.recordedAt,
    });
  }
}
