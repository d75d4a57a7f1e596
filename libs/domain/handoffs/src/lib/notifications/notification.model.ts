import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationEntity } from './notification.entity';

@ObjectType('Notification', { description: '站内通知' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() message!: string;
  @Field() at!: Date;
  @Field() read!: boolean;
  handoffId!: string | null;

  static from(entity: NotificationEntity): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: entity.id,
      kind: entity.kind,
      message: entity.message,
      at: entity.createdAt,
      read: entity.readAt !== null,
      handoffId: entity.handoffId,
    });
  }
}
