import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvaluationEntity, EvaluationResult, EvaluationScheme } from './evaluation.entity';

registerEnumType(EvaluationScheme, {
  name: 'EvaluationScheme',
  description: '满意/基本满意/不满意三档、满意/不满意两档、百分制',
});
registerEnumType(EvaluationResult, {
  name: 'EvaluationResult',
  description: '满意、基本满意、不满意(三档);通过、未通过(两档与百分制)',
});

@ObjectType('Evaluation', { description: '满意度测评 of a handoff’s rectification' })
export class EvaluationModel {
  @Field(() => ID) id!: string;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field(() => Int, { description: '应参评人数' }) eligible!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) unsatisfied!: number;
  @Field(() => Float, { nullable: true, description: 'SCORE_100: the average of the scores' })
  averageScore!: number | null;
  @Field(() => EvaluationResult, { nullable: true, description: 'null until the votes are recorded' })
  result!: EvaluationResult | null;
  handoffId!: string;

  static from(entity: EvaluationEntity): EvaluationModel {
    return Object.assign(new EvaluationModel(), {
      id: entity.id,
      scheme: entity.scheme,
      eligible: entity.eligible,
      satisfied: entity.satisfied,
      basicallySatisfied: entity.basicallySatisfied,
      unsatisfied: entity.unsatisfied,
      averageScore: entity.averageScore,
      result: entity.result,
      handoffId: entity.handoffId,
    });
  }
}

@InputType('VotesInput', { description: '测评票数;百分制另填每人的评分' })
export class VotesInput {
  @Field(() => Int) satisfied!: number;
  @Field(() => Int, { description: 'BINARY: must be 0' }) basicallySatisfied!: number;
  @Field(() => Int) unsatisfied!: number;
  @Field(() => [Float], { nullable: true, description: 'SCORE_100 only: one score (0–100) per voter' })
  scores?: number[] | null;
}
