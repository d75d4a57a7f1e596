import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@liandong/findings';
import { HandoffStatus } from '../handoff-status';
import { HandoffModel } from '../dto/handoff.model';
import { LedgerItemKind } from '../ledger-item-kind';

@InputType('LedgerFilter', { description: '整改台账的筛选条件' })
export class LedgerFilterInput {
  @Field(() => ID, { nullable: true, description: "a tenant in the caller's subtree; default the caller's" })
  scopeTenantId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "one responsible unit's handoffs (a department account may name only its own)",
  })
  departmentId?: string | null;
  @Field(() => [HandoffStatus], { nullable: true }) status?: HandoffStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'not closed out and at or past the deadline' })
  overdueOnly?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "escalated to the caller's tenant (e.g. 挂牌督办 raised to the parent tenant)",
  })
  escalatedToMe?: boolean | null;
  @Field(() => [LedgerItemKind], {
    nullable: true,
    description: '类别: 问题交办, 审议意见, 决议; default all',
  })
  kinds?: LedgerItemKind[] | null;
}

@ObjectType('HandoffEdge')
export class HandoffEdgeModel {
  @Field() cursor!: string;
  @Field(() => HandoffModel) node!: HandoffModel;
}

@ObjectType('HandoffConnection')
export class HandoffConnectionModel {
  @Field(() => [HandoffEdgeModel]) edges!: HandoffEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int) totalCount!: number;
}
