import DataLoader from 'dataloader';
import { RequestLoaders } from '@liandong/tenancy';
import { AssignmentEntity } from './assignments/assignment.entity';
import { JointProjectEntity } from './joint-projects/joint-project.entity';
import { PlansRepository } from './joint-projects/plans.repository';
import { SupervisionMethodEntity } from './methods/supervision-method.entity';

export function projectLoader(
  loaders: RequestLoaders,
  plans: PlansRepository,
): DataLoader<string, JointProjectEntity | null> {
  return loaders.get(
    'project',
    (ids) => plans.findProjects(ids),
    (project) => project.id,
  );
}

export function methodLoader(
  loaders: RequestLoaders,
  plans: PlansRepository,
): DataLoader<string, SupervisionMethodEntity | null> {
  return loaders.get(
    'method',
    (codes) => plans.methodsByCodes(codes),
    (method) => method.code,
  );
}

export function assignmentLoader(
  loaders: RequestLoaders,
  plans: PlansRepository,
): DataLoader<string, AssignmentEntity | null> {
  return loaders.get(
    'assignment',
    (ids) => plans.findAssignments(ids),
    (assignment) => assignment.id,
  );
}
