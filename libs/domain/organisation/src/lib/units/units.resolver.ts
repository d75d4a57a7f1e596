import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, DepartmentModel, Loaders, RequestLoaders } from '@liandong/tenancy';
import { DepartmentInput, DepartmentUpdateInput } from './dto/department.input';
import { UnitsService } from './units.service';

/** 承办单位管理: the caller's own tenant's units, and how many handoffs each still has open. */
@Resolver(() => DepartmentModel)
export class UnitsResolver {
  constructor(private readonly units: UnitsService) {}

  @Mutation(() => DepartmentModel, {
    description: '新增承办单位 (ADMIN, COORDINATOR), in the caller’s own tenant',
  })
  async createDepartment(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => DepartmentInput }) input: DepartmentInput,
  ): Promise<DepartmentModel> {
    return DepartmentModel.from(await this.units.create(caller, input));
  }

  @Mutation(() => DepartmentModel, { description: '修改承办单位名称或类型; the code stays' })
  async updateDepartment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => DepartmentUpdateInput }) input: DepartmentUpdateInput,
  ): Promise<DepartmentModel> {
    return DepartmentModel.from(await this.units.update(caller, id, input));
  }

  @Mutation(() => DepartmentModel, {
    description:
      '撤销承办单位: keeps its history, receives nothing new; refused while handoffs to it are open',
  })
  async retireDepartment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DepartmentModel> {
    return DepartmentModel.from(await this.units.retire(caller, id));
  }

  @Mutation(() => DepartmentModel, { description: '恢复已撤销的承办单位' })
  async reinstateDepartment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DepartmentModel> {
    return DepartmentModel.from(await this.units.reinstate(caller, id));
  }

  @ResolveField(() => Int, {
    description:
      '未销号的交办事项数 handoffs to it not closed out (0 for a unit outside the caller’s subtree)',
  })
  async openHandoffs(
    @Parent() department: DepartmentModel,
    @CurrentCaller() caller: Caller,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    if (!this.units.countsOpenHandoffs(caller, department)) {
      return 0;
    }
    const counted = await loaders
      .get(
        'department-open-handoffs',
        async (ids) => {
          const open = await this.units.openHandoffs(ids);
          return ids.map((id) => ({ id, open: open.get(id) ?? 0 }));
        },
        (row) => row.id,
      )
      .load(department.id);
    return counted?.open ?? 0;
  }
}
