import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountRepository, UserModel } from '@liandong/auth';
import { AppException } from '@liandong/errors';
import { Loaders, RequestLoaders } from '@liandong/tenancy';
import { ReviewDecisionModel } from './dto/review-decision.model';

/** ReviewDecision.by: who reviewed, readable by whoever can read the review. */
@Resolver(() => ReviewDecisionModel)
export class ReviewDecisionResolver {
  constructor(private readonly accounts: AccountRepository) {}

  @ResolveField(() => UserModel)
  async by(@Parent() decision: ReviewDecisionModel, @Loaders() loaders: RequestLoaders): Promise<UserModel> {
    const account = await loaders
      .get(
        'account',
        (ids) => this.accounts.findByIds(ids),
        (row) => row.id,
      )
      .load(decision.byUserId);
    if (!account) {
      throw AppException.notFound({ zh: '账号', en: 'User' }, decision.byUserId);
    }
    return UserModel.from(account);
  }
}
