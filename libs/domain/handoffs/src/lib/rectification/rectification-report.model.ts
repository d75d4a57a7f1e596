import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RectificationReportEntity } from './rectification-report.entity';

@ObjectType('RectificationReport', { description: '整改报告' })
export class RectificationReportModel {
  @Field() measures!: string;
  @Field(() => Int) percentDone!: number;
  @Field() final!: boolean;
  @Field() at!: Date;

  static from(entity: RectificationReportEntity): RectificationReportModel {
    return Object.assign(new RectificationReportModel(), {
      measures: entity.measures,
      percentDone: entity.percentDone,
      final: entity.final,
      at: entity.at,
    });
  }
}
