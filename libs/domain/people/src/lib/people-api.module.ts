import { Module } from '@nestjs/common';
import { TenancyModule } from '@liandong/tenancy';
import { PeopleModule } from './people.module';

/** The people's resolvers. */
@Module({
  imports: [PeopleModule, TenancyModule],
  providers: [],
})
export class PeopleApiModule {}
