import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnnualPlanEntity, AnnualPlanStatus, PlanItemEntity } from '../annual-plan.entity';
import { UNIFICATION_SECTIONS } from '../conformance/conformance.types';
import type {
  ConformanceIssue,
  ConformanceSeverity,
  LocalPlanContent,
  UnificationSection,
} from '../conformance/conformance.types';
import type { JointProjectVersionEntity } from '../joint-project-version.entity';
import { LocalPlanEntity, LocalPlanStatus } from '../local-plan.entity';
import type { MilestoneState } from '../local-plans.service';
import type { ProjectChange } from '../version-diff';
import { ChecklistItemInput, IndicatorInput, LeadershipInput, MilestoneInput } from './joint-project.input';
import { ChecklistItemModel, IndicatorModel, LeadershipModel, MilestoneModel } from './joint-project.model';

registerEnumType(AnnualPlanStatus, { name: 'AnnualPlanStatus', description: '草稿 / 已通过' });
registerEnumType(LocalPlanStatus, {
  name: 'LocalPlanStatus',
  description: '草稿 / 已报备 / 已通过 / 已退回',
});
const UnificationSectionEnum = Object.fromEntries(UNIFICATION_SECTIONS.map((section) => [section, section]));
registerEnumType(UnificationSectionEnum, { name: 'UnificationSection', description: '五统一的五个部分' });
const ConformanceSeverityEnum = { BLOCKING: 'BLOCKING', WARNING: 'WARNING' } as const;
registerEnumType(ConformanceSeverityEnum, { name: 'ConformanceSeverity', description: '阻断 / 提示' });

@ObjectType('PlanItem', { description: '年度计划中的监督项目' })
export class PlanItemModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
  jointProjectId!: string | null;

  static from(entity: PlanItemEntity): PlanItemModel {
    return Object.assign(new PlanItemModel(), {
      id: entity.id,
      title: entity.title,
      isKey: entity.isKey,
      isJoint: entity.isJoint,
      jointProjectId: entity.jointProjectId,
    });
  }
}

@ObjectType('AnnualPlan', { description: '年度监督工作计划' })
export class AnnualPlanModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => AnnualPlanStatus) status!: AnnualPlanStatus;
  issuerId!: string;

  static from(entity: AnnualPlanEntity): AnnualPlanModel {
    return Object.assign(new AnnualPlanModel(), {
      id: entity.id,
      year: entity.year,
      title: entity.title,
      status: entity.status,
      issuerId: entity.tenantId,
    });
  }
}

@ObjectType('ProjectChange', { description: '两个版本之间的一处变化' })
export class ProjectChangeModel {
  @Field(() => UnificationSectionEnum) section!: UnificationSection;
  @Field({ description: 'e.g. policy.checklist.C3' }) path!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;

  static from(change: ProjectChange): ProjectChangeModel {
    return Object.assign(new ProjectChangeModel(), change);
  }
}

@ObjectType('AssignmentMilestone', { description: '时间节点' })
export class AssignmentMilestoneModel {
  @Field() name!: string;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() overdue!: boolean;

  static from(state: MilestoneState): AssignmentMilestoneModel {
    return Object.assign(new AssignmentMilestoneModel(), state);
  }
}

@ObjectType('ConformanceIssue', { description: '符合性问题' })
export class ConformanceIssueModel {
  @Field(() => UnificationSectionEnum) section!: UnificationSection;
  @Field(() => ConformanceSeverityEnum) severity!: ConformanceSeverity;
  @Field() path!: string;
  @Field() message!: string;
}

@ObjectType('ConformanceReport', { description: '实施方案与统一方案的符合性报告' })
export class ConformanceReportModel {
  @Field() conforms!: boolean;
  @Field(() => [ConformanceIssueModel]) issues!: ConformanceIssue[];

  static from(issues: ConformanceIssue[]): ConformanceReportModel {
    return Object.assign(new ConformanceReportModel(), {
      conforms: !issues.some((issue) => issue.severity === 'BLOCKING'),
      issues,
    });
  }
}

@ObjectType('LocalPlanContent', { description: '实施方案的内容: what the tenant filed, section by section' })
export class LocalPlanContentModel {
  @Field(() => LeadershipModel) leadership!: LeadershipModel;
  @Field(() => [String], { description: 'supervision method codes' }) methods!: string[];
  @Field(() => [ChecklistItemModel]) checklist!: ChecklistItemModel[];
  @Field(() => [MilestoneModel]) milestones!: MilestoneModel[];
  @Field(() => [IndicatorModel]) indicators!: IndicatorModel[];

  static from(content: LocalPlanContent): LocalPlanContentModel {
    return Object.assign(new LocalPlanContentModel(), {
      leadership: { ...content.leadership },
      methods: [...content.methods],
      checklist: content.checklist.map((item) => ({ ...item })),
      milestones: content.milestones.map((m) => ({ name: m.name, dueAt: new Date(m.dueAt) })),
      indicators: content.indicators.map((indicator) => ({ ...indicator })),
    });
  }
}

@ObjectType('ProjectRevision', { description: '统一方案的一个版本' })
export class ProjectRevisionModel {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'the revision note (null for the first version)' })
  note!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'when this version was first published' })
  publishedAt!: Date | null;

  static from(entity: JointProjectVersionEntity): ProjectRevisionModel {
    return Object.assign(new ProjectRevisionModel(), {
      version: entity.version,
      note: entity.note,
      createdAt: entity.createdAt,
      publishedAt: entity.publishedAt,
    });
  }
}

@ObjectType('LocalPlan', { description: '实施方案' })
export class LocalPlanModel {
  @Field(() => ID) id!: string;
  @Field(() => LocalPlanStatus) status!: LocalPlanStatus;
  @Field(() => Int) basedOnVersion!: number;
  @Field(() => LocalPlanContentModel) content!: LocalPlanContentModel;
  @Field(() => ConformanceReportModel) conformance!: ConformanceReportModel;
  @Field(() => String, { nullable: true }) reviewReason!: string | null;
  @Field() submittedAt!: Date;
  assignmentId!: string;

  static from(entity: LocalPlanEntity): LocalPlanModel {
    return Object.assign(new LocalPlanModel(), {
      id: entity.id,
      status: entity.status,
      basedOnVersion: entity.basedOnVersion,
      content: LocalPlanContentModel.from(entity.content),
      conformance: ConformanceReportModel.from(entity.issues),
      reviewReason: entity.reviewReason,
      submittedAt: entity.submittedAt,
      assignmentId: entity.assignmentId,
    });
  }
}

@InputType('PlanItemInput')
export class PlanItemInput {
  @Field() title!: string;
  @Field() isKey!: boolean;
  @Field() isJoint!: boolean;
}

@InputType('AnnualPlanInput')
export class AnnualPlanInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [PlanItemInput]) items!: PlanItemInput[];
}

@InputType('LocalPlanInput')
export class LocalPlanInput {
  @Field(() => LeadershipInput) leadership!: LeadershipInput;
  @Field(() => [String], { description: 'must include every unified method' }) methods!: string[];
  @Field(() => [ChecklistItemInput], {
    description: 'must cover every unified checklist code; may add local ones',
  })
  checklist!: ChecklistItemInput[];
  @Field(() => [MilestoneInput], {
    description: 'each unified milestone, due no later than the unified date',
  })
  milestones!: MilestoneInput[];
  @Field(() => [IndicatorInput], {
    description: 'each unified indicator, target no lower than the unified one',
  })
  indicators!: IndicatorInput[];
}
