import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExtensionRequestEntity, ExtensionStatus } from './extension-request.entity';

registerEnumType(ExtensionStatus, { name: 'ExtensionStatus', description: '待审批 / 已同意 / 未同意' });

@ObjectType('ExtensionRequest', { description: '延期申请' })
export class ExtensionRequestModel {
  @Field(() => ID) id!: string;
  @Field() until!: Date;
  @Field() reason!: string;
  @Field(() => ExtensionStatus) status!: ExtensionStatus;
  @Field(() => String, { nullable: true }) decidedReason!: string | null;

  static from(entity: ExtensionRequestEntity): ExtensionRequestModel {
    return Object.assign(new ExtensionRequestModel(), {
      id: entity.id,
      until: entity.until,
      reason: entity.reason,
      status: entity.status,
      decidedReason: entity.decidedReason,
    });
  }
}
