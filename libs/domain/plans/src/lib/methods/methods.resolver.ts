import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { SupervisionMethodModel } from './dto/supervision-method.model';
import { MethodsService } from './methods.service';

@Resolver(() => SupervisionMethodModel)
export class MethodsResolver {
  constructor(private readonly methods: MethodsService) {}

  @Query(() => [SupervisionMethodModel], { description: '监督方式目录 the method catalogue' })
  async supervisionMethods(
    @Args('includeRetired', { type: () => Boolean, nullable: true, description: 'also the retired methods' })
    includeRetired?: boolean,
  ): Promise<SupervisionMethodModel[]> {
    return (await this.methods.list(includeRetired ?? false)).map(SupervisionMethodModel.from);
  }

  @Mutation(() => SupervisionMethodModel, { description: '新增监督方式 (ADMIN)' })
  async createSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
    @Args('name') name: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.add(caller, code, name));
  }

  @Mutation(() => SupervisionMethodModel, { description: '重命名监督方式 (ADMIN); the code stays' })
  async renameSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
    @Args('name') name: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.rename(caller, code, name));
  }

  @Mutation(() => SupervisionMethodModel, { description: '停用监督方式 (ADMIN); history keeps it' })
  async retireSupervisionMethod(
    @CurrentCaller() caller: Caller,
    @Args('code') code: string,
  ): Promise<SupervisionMethodModel> {
    return SupervisionMethodModel.from(await this.methods.retire(caller, code));
  }
}
