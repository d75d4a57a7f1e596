import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FindingVerificationResult, VerificationMethod } from './verification-method';
import { VerificationResultEntity } from './verification-result.entity';
import { VerificationEntity } from './verification.entity';

@ObjectType('Verifier', { description: '核查人员' })
export class VerifierModel {
  @Field() name!: string;
  @Field({ description: '人大代表' }) deputy!: boolean;
}

@ObjectType('FindingVerification', { description: '单个问题的核查结果' })
export class FindingVerificationModel {
  @Field(() => ID) findingId!: string;
  @Field(() => FindingVerificationResult) result!: FindingVerificationResult;
  @Field(() => String, { nullable: true }) opinion!: string | null;
}

@ObjectType('HandoffVerification', { description: '核查销号记录' })
export class HandoffVerificationModel {
  @Field(() => ID) id!: string;
  @Field(() => VerificationMethod, {
    nullable: true,
    description: '核查方式; null for a yes/no verification (verifyHandoff)',
  })
  method!: VerificationMethod | null;
  @Field(() => [VerifierModel]) verifiers!: VerifierModel[];
  @Field(() => [FindingVerificationModel]) results!: FindingVerificationModel[];
  @Field(() => String, { nullable: true }) opinion!: string | null;
  @Field({ description: 'whether it closed the item out (销号)' }) closed!: boolean;
  @Field() verifiedAt!: Date;
  @Field(() => ID, { description: 'the account that recorded it' }) verifiedBy!: string;

  static from(
    entity: VerificationEntity,
    results: readonly VerificationResultEntity[],
  ): HandoffVerificationModel {
    return Object.assign(new HandoffVerificationModel(), {
      id: entity.id,
      method: entity.method,
      verifiers: entity.verifiers.map((verifier) => ({ name: verifier.name, deputy: verifier.deputy })),
      results: results.map((one) => ({ findingId: one.findingId, result: one.result, opinion: one.opinion })),
      opinion: entity.opinion,
      closed: entity.passed,
      verifiedAt: entity.at,
      verifiedBy: entity.byUserId,
    });
  }
}
