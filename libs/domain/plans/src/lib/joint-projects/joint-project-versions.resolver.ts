import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { parseId } from '@liandong/errors';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { FiveUnificationsInput } from './dto/joint-project.input';
import { JointProjectModel } from './dto/joint-project.model';
import { ProjectChangeModel } from './dto/project-change.model';
import { ProjectRevisionModel } from './dto/project-revision.model';
import { PlansService } from './plans.service';

/** The versions of a project's unified plan: revising it, and what changed between two versions. */
@Resolver(() => JointProjectModel)
export class JointProjectVersionsResolver {
  constructor(private readonly plansService: PlansService) {}

  @Mutation(() => JointProjectModel, { description: '修订统一方案: the next version, with a note' })
  async reviseJointProject(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('unifications', { type: () => FiveUnificationsInput }) unifications: FiveUnificationsInput,
    @Args('note') note: string,
  ): Promise<JointProjectModel> {
    return JointProjectModel.from(
      await this.plansService.reviseJointProject(caller, parseId(id), unifications, note),
    );
  }

  @ResolveField(() => [Int])
  versions(@Parent() project: JointProjectModel): Promise<number[]> {
    return this.plansService.versionsOf(project.id);
  }

  @ResolveField(() => [ProjectRevisionModel], { description: 'every version, oldest first, with its note' })
  async revisions(@Parent() project: JointProjectModel): Promise<ProjectRevisionModel[]> {
    return (await this.plansService.revisionsOf(project.id)).map(ProjectRevisionModel.from);
  }

  @ResolveField(() => [ProjectChangeModel], {
    description: 'what differs between two versions, section by section',
  })
  async changes(
    @Parent() project: JointProjectModel,
    @CurrentCaller() caller: Caller,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<ProjectChangeModel[]> {
    return (await this.plansService.changes(caller, project.id, fromVersion, toVersion)).map(
      ProjectChangeModel.from,
    );
  }
}
