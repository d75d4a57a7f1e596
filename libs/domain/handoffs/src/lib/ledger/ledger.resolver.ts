import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { LedgerKindFiguresModel } from '../sessions/dto/review-opinion.model';
import { encodeLedgerCursor } from './ledger-cursor';
import { HandoffConnectionModel, LedgerFilterInput } from './ledger.model';
import { LedgerService } from './ledger.service';

@Resolver(() => HandoffConnectionModel)
export class LedgerResolver {
  constructor(
    private readonly ledgerService: LedgerService,
    private readonly clock: Clock,
  ) {}

  @Query(() => HandoffConnectionModel, {
    description: "整改台账: the rectification ledger of the caller's subtree, newest handed over first",
  })
  async ledger(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => LedgerFilterInput, nullable: true }) filter?: LedgerFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<HandoffConnectionModel> {
    const now = this.clock.now();
    const page = await this.ledgerService.page(caller, filter ?? {}, first, after, now);
    const edges = page.rows.map((row) => ({
      cursor: encodeLedgerCursor({ issuedAt: row.issuedKey, id: row.handoff.id }),
      node: HandoffModel.from(row.handoff, now),
    }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => [LedgerKindFiguresModel], {
    description:
      '台账统计: per kind (问题交办, 审议意见, 决议), the items the filter selects, closed, overdue, closure rate',
  })
  ledgerSummary(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => LedgerFilterInput, nullable: true }) filter?: LedgerFilterInput,
  ): Promise<LedgerKindFiguresModel[]> {
    return this.ledgerService.summary(caller, filter ?? {});
  }
}
