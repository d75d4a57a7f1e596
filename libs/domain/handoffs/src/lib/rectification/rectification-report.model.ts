import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceModel } from '@liandong/findings';
import { RectificationReportEntity } from './rectification-report.entity';

@ObjectType('ReportEvidence', {
  description: '整改佐证: a file a report cites, of one finding or of the whole item',
})
export class ReportEvidenceModel {
  @Field(() => EvidenceModel) file!: EvidenceModel;
  @Field(() => ID, { nullable: true, description: 'the finding it proves; null for the item as a whole' })
  findingId!: string | null;
}

@ObjectType('RectificationReport', { description: '整改报告' })
export class RectificationReportModel {
  @Field(() => ID) id!: string;
  @Field() measures!: string;
  @Field(() => Int) percentDone!: number;
  @Field() final!: boolean;
  @Field() at!: Date;

  static from(entity: RectificationReportEntity): RectificationReportModel {
    return Object.assign(new RectificationReportModel(), {
      id: entity.id,
      measures: entity.measures,
      percentDone: entity.percentDone,
      final: entity.final,
      at: entity.at,
    });
  }
}
