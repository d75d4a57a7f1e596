import { Field, InputType } from '@nestjs/graphql';
import { DeliveryRecipient } from '../document-kind';

@InputType({ description: '登记成果报告的报送' })
export class ReportDeliveryInput {
  @Field({ description: '报送对象, e.g. 中共洛阳市委' }) recipient!: string;
  @Field(() => DeliveryRecipient) recipientKind!: DeliveryRecipient;
  @Field({ description: '报送日期 (YYYY-MM-DD, Asia/Shanghai)' }) deliveredOn!: string;
}
