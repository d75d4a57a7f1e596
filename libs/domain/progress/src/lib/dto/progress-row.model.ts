import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { FindingStatus } from '@liandong/findings';
import { TenantLevel } from '@liandong/tenancy';
import { ProgressResult } from '../progress.service';

@ObjectType('ProgressRow', { description: '进度统计: group keys (set for the dimensions asked) and figures' })
export class ProgressRowModel {
  @Field(() => TenantLevel, { nullable: true }) level!: TenantLevel | null;
  @Field(() => FindingStatus, { nullable: true }) status!: FindingStatus | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => Int, { description: 'distinct joint projects with at least one assignment in scope' })
  projects!: number;
  @Field(() => Int, { description: 'findings in scope, merged and dismissed ones excluded' })
  findings!: number;
  @Field(() => Int, { description: 'handed over (HANDED_OVER, RECTIFYING or CLOSED)' }) handedOver!: number;
  @Field(() => Int, { description: '销号 closed out' }) closed!: number;
  @Field(() => Int, { description: 'handed over, not closed, past the handoff deadline' }) overdue!: number;
  @Field(() => Float, { description: 'closed / handedOver, 0 when nothing was handed over' })
  closureRate!: number;
  @Field(() => Int, { description: 'distinct handoffs (ledger items) holding those findings' })
  handoffs!: number;
  @Field(() => Int) handoffsClosed!: number;
  projectId!: string | null;
  tenantPath!: string | null;
  methodCode!: string | null;
  departmentId!: string | null;
  committeeId!: string | null;

  static from(result: ProgressResult): ProgressRowModel {
    return Object.assign(new ProgressRowModel(), {
      level: (result.level as TenantLevel | undefined) ?? null,
      status: result.status ?? null,
      category: result.category ?? null,
      projects: result.projects,
      findings: result.findings,
      handedOver: result.handedOver,
      closed: result.closed,
      overdue: result.overdue,
      closureRate: result.closureRate,
      handoffs: result.handoffs,
      handoffsClosed: result.handoffsClosed,
      projectId: result.projectId ?? null,
      tenantPath: result.tenantPath ?? null,
      methodCode: result.methodCode ?? null,
      departmentId: result.departmentId ?? null,
      committeeId: result.committeeId ?? null,
    });
  }
}
