import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import { AssignmentEntity } from './assignments/assignment.entity';
import { JointProjectEntity } from './joint-projects/joint-project.entity';
import { SupervisionMethodEntity } from './methods/supervision-method.entity';

/*
 * Batched reads by id for field resolvers, whose parent already decided that the caller may see them. The
 * source is whatever reads them (PlansService, MethodsService, or PlansRepository for older callers).
 */

export interface ProjectsById {
  findProjects(ids: readonly string[]): Promise<JointProjectEntity[]>;
}

export interface AssignmentsById {
  findAssignments(ids: readonly string[]): Promise<AssignmentEntity[]>;
}

export interface MethodsByCode {
  methodsByCodes(codes: readonly string[]): Promise<SupervisionMethodEntity[]>;
}

export function projectLoader(
  loaders: RequestLoaders,
  source: ProjectsById,
): DataLoader<string, JointProjectEntity | null> {
  return loaders.get(
    'project',
    (ids) => source.findProjects(ids),
    (project) => project.id,
  );
}

export function methodLoader(
  loaders: RequestLoaders,
  source: MethodsByCode,
): DataLoader<string, SupervisionMethodEntity | null> {
  return loaders.get(
    'method',
    (codes) => source.methodsByCodes(codes),
    (method) => method.code,
  );
}

export function assignmentLoader(
  loaders: RequestLoaders,
  source: AssignmentsById,
): DataLoader<string, AssignmentEntity | null> {
  return loaders.get(
    'assignment',
    (ids) => source.findAssignments(ids),
    (assignment) => assignment.id,
  );
}
