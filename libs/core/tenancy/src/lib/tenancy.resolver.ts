import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppException } from '@liandong/errors';
import { Caller } from './caller';
import { CurrentCaller, Loaders } from './current-caller.decorator';
import { CommitteeModel } from './dto/committee.model';
import { DepartmentModel } from './dto/department.model';
import { TenantModel } from './dto/tenant.model';
import { RequestLoaders } from './request-context';
import { TENANT, TenancyService } from './tenancy.service';
import { tenantLoader } from './tenant-loaders';
import { TenantLevel } from './tenant-level';
import { TenantRepository } from './tenant.repository';

@Resolver(() => TenantModel)
export class TenantResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly tenantRepository: TenantRepository,
  ) {}

  @Query(() => TenantModel, { nullable: true })
  async tenant(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TenantModel> {
    return TenantModel.from(await this.tenancy.getTenant(caller, id));
  }

  @Query(() => TenantModel, { nullable: true })
  async tenantByCode(@CurrentCaller() caller: Caller, @Args('code') code: string): Promise<TenantModel> {
    return TenantModel.from(await this.tenancy.getTenantByCode(caller, code));
  }

  @Query(() => [TenantModel], { description: "Tenants in the caller's subtree" })
  async tenants(
    @CurrentCaller() caller: Caller,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('level', { type: () => TenantLevel, nullable: true }) level?: TenantLevel,
  ): Promise<TenantModel[]> {
    const rows = await this.tenancy.listTenants(caller, { parentId, level });
    return rows.map(TenantModel.from);
  }

  @Query(() => [DepartmentModel])
  async departments(
    @CurrentCaller() caller: Caller,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('includeRetired', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'also the retired units (pickers leave them out)',
    })
    includeRetired: boolean | null,
  ): Promise<DepartmentModel[]> {
    const rows = await this.tenancy.listDepartments(caller, tenantId, includeRetired ?? false);
    return rows.map(DepartmentModel.from);
  }

  @ResolveField(() => TenantModel, { nullable: true })
  async parent(
    @Parent() tenant: TenantModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel | null> {
    if (!tenant.parentId) {
      return null;
    }
    const parent = await tenantLoader(loaders, this.tenantRepository).load(tenant.parentId);
    return parent && this.tenancy.canSeeTenant(caller, parent) ? TenantModel.from(parent) : null;
  }

  @ResolveField(() => [TenantModel])
  async children(@Parent() tenant: TenantModel, @CurrentCaller() caller: Caller): Promise<TenantModel[]> {
    const entity = await this.tenantRepository.findById(tenant.id);
    if (!entity) {
      throw AppException.notFound(TENANT, tenant.id);
    }
    return (await this.tenancy.visibleChildren(caller, entity)).map(TenantModel.from);
  }
}

@Resolver(() => DepartmentModel)
export class DepartmentResolver {
  constructor(private readonly tenants: TenantRepository) {}

  @ResolveField(() => TenantModel)
  async tenant(
    @Parent() department: DepartmentModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(department.tenantId);
    if (!tenant) {
      throw AppException.notFound(TENANT, department.tenantId);
    }
    return TenantModel.from(tenant);
  }
}

@Resolver(() => CommitteeModel)
export class CommitteeResolver {
  constructor(private readonly tenants: TenantRepository) {}

  @ResolveField(() => TenantModel)
  async tenant(
    @Parent() committee: CommitteeModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TenantModel> {
    const tenant = await tenantLoader(loaders, this.tenants).load(committee.tenantId);
    if (!tenant) {
      throw AppException.notFound(TENANT, committee.tenantId);
    }
    return TenantModel.from(tenant);
  }
}
