import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FindingSource, FindingStatus, Severity } from '../finding-status';
import { encodeFindingCursor } from '../finding-cursor';
import { FindingEntity } from '../finding.entity';

@ObjectType('Finding', { description: '问题' })
export class FindingModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) checklistCode!: string | null;
  @Field() category!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => FindingStatus) status!: FindingStatus;
  @Field(() => FindingSource, { description: '问题来源' }) source!: FindingSource;
  @Field() reportedAt!: Date;
  projectId!: string;
  tenantId!: string;
  methodCode!: string;
  departmentId!: string | null;
  handoffId!: string | null;
  activityId!: string | null;

  static from(entity: FindingEntity): FindingModel {
    return Object.assign(new FindingModel(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      checklistCode: entity.checklistCode,
      category: entity.category,
      severity: entity.severity,
      location: entity.location,
      status: entity.status,
      source: entity.source,
      reportedAt: entity.reportedAt,
      projectId: entity.projectId,
      tenantId: entity.tenantId,
      methodCode: entity.methodCode,
      departmentId: entity.departmentId,
      handoffId: entity.handoffId,
      activityId: entity.activityId,
    });
  }
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('FindingEdge')
export class FindingEdgeModel {
  @Field() cursor!: string;
  @Field(() => FindingModel) node!: FindingModel;
}

@ObjectType('FindingConnection')
export class FindingConnectionModel {
  @Field(() => [FindingEdgeModel]) edges!: FindingEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int) totalCount!: number;

  static from(page: { rows: FindingEntity[]; total: number; hasNextPage: boolean }): FindingConnectionModel {
    const edges = page.rows.map((row) => ({
      cursor: encodeFindingCursor(row.reportedAt, row.id),
      node: FindingModel.from(row),
    }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
