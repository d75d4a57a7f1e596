import { Module } from '@nestjs/common';
import { TenancyModule } from './tenancy.module';
import { DepartmentResolver, TenantResolver } from './tenancy.resolver';

@Module({
  imports: [TenancyModule],
  providers: [TenantResolver, DepartmentResolver],
})
export class TenancyApiModule {}
