import { Module } from '@nestjs/common';
import { FindingsModule } from '@liandong/findings';
import { TenancyModule } from '@liandong/tenancy';
import { ExpertOpinionCiter } from './experts/expert-opinion-citer';
import {
  ActivityExpertsResolver,
  ExpertAssignmentsResolver,
  ExpertOpinionsResolver,
  ExpertsResolver,
} from './experts/experts.resolver';
import { PeopleModule } from './people.module';

/** The people's resolvers. */
@Module({
  imports: [PeopleModule, FindingsModule, TenancyModule],
  providers: [
    ExpertsResolver,
    ExpertAssignmentsResolver,
    ExpertOpinionsResolver,
    ActivityExpertsResolver,
    ExpertOpinionCiter,
  ],
})
export class PeopleApiModule {}
