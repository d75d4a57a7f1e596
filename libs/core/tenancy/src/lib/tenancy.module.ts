import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitteeEntity } from './committee.entity';
import { CommitteeRepository } from './committee.repository';
import { DepartmentEntity } from './department.entity';
import { DepartmentRepository } from './department.repository';
import { TenancyService } from './tenancy.service';
import { TenantEntity } from './tenant.entity';
import { TenantRepository } from './tenant.repository';

export const tenancyEntities = [TenantEntity, DepartmentEntity, CommitteeEntity];

@Module({
  imports: [TypeOrmModule.forFeature(tenancyEntities)],
  providers: [TenantRepository, DepartmentRepository, CommitteeRepository, TenancyService],
  exports: [TenantRepository, DepartmentRepository, CommitteeRepository, TenancyService],
})
export class TenancyModule {}
