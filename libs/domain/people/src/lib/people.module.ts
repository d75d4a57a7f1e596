import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingsModule } from '@liandong/findings';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';

export const peopleEntities: Function[] = [];

/**
 * The people who supervise beside the congress staff: deputies of all five levels (代表名册) and the expert
 * pool (专家库), and the record of who took part in which activity, verification or appraisal.
 */
@Module({
  imports: [TypeOrmModule.forFeature(peopleEntities), FindingsModule, HandoffsModule, TenancyModule],
  providers: [],
  exports: [],
})
export class PeopleModule {}
