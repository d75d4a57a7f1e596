import { Field, ObjectType } from '@nestjs/graphql';
import type { UnificationSection } from '../../conformance/conformance.types';
import type { ProjectChange } from '../version-diff';
import { UnificationSectionEnum } from './unification-section.enum';

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
