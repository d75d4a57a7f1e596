import { Field, ObjectType } from '@nestjs/graphql';
import type { LocalPlanContent } from '../../conformance/conformance.types';
import {
  ChecklistItemModel,
  IndicatorModel,
  LeadershipModel,
  MilestoneModel,
} from '../../joint-projects/dto/joint-project.model';

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
