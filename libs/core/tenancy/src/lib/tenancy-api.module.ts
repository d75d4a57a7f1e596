import { Module } from '@nestjs/common';
import { TenancyModule } from './tenancy.module';
import { CommitteeResolver, DepartmentResolver, TenantResolver } from './tenancy.resolver';

@Module({
  imports: [TenancyModule],
  providers: [TenantResolver, DepartmentResolver, CommitteeResolver],
})
export class TenancyApiModule {}
