import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@liandong/tenancy';
import { SupervisionMethodModel } from '../methods/dto/supervision-method.model';
import { MethodsService } from '../methods/methods.service';
import { methodLoader } from '../plan-loaders';
import { FiveUnificationsModel } from './dto/joint-project.model';

@Resolver(() => FiveUnificationsModel)
export class FiveUnificationsResolver {
  constructor(private readonly methodsService: MethodsService) {}

  @ResolveField(() => [SupervisionMethodModel])
  async methods(
    @Parent() unifications: FiveUnificationsModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SupervisionMethodModel[]> {
    const methods = await methodLoader(loaders, this.methodsService).loadMany(unifications.methodCodes);
    return unifications.methodCodes.map((code, index) => {
      const method = methods[index];
      return method && !(method instanceof Error)
        ? SupervisionMethodModel.from(method)
        : Object.assign(new SupervisionMethodModel(), { code, name: code });
    });
  }
}
