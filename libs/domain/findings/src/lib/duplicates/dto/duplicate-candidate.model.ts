import { Field, Float, ObjectType } from '@nestjs/graphql';
import { FindingModel } from '../../findings/dto/finding.model';

@ObjectType('DuplicateCandidate', {
  description: '疑似重复问题 a finding that may describe the same problem',
})
export class DuplicateCandidateModel {
  @Field(() => FindingModel) finding!: FindingModel;
  @Field(() => Float, { description: '0–1, higher is more alike' }) score!: number;
  @Field(() => [String], { description: '理由, e.g. 同一责任单位' }) reasons!: string[];
}
