export * from './lib/plans.module';
export * from './lib/plans-api.module';
export * from './lib/plan-loaders';

export * from './lib/methods/supervision-method.entity';
export * from './lib/methods/default-methods';
export * from './lib/methods/methods.service';
export * from './lib/methods/dto/supervision-method.model';

export * from './lib/joint-projects/joint-project.entity';
export * from './lib/joint-projects/joint-project-version.entity';
export * from './lib/joint-projects/committee-filter';
export * from './lib/joint-projects/unifications';
export * from './lib/joint-projects/version-diff';
export * from './lib/joint-projects/plans.repository';
export * from './lib/joint-projects/plans.service';
export * from './lib/joint-projects/dto/joint-project.model';
export * from './lib/joint-projects/dto/joint-project.input';
export * from './lib/joint-projects/dto/project-change.model';
export * from './lib/joint-projects/dto/project-revision.model';

export * from './lib/assignments/assignment-status';
export * from './lib/assignments/assignment.entity';
export * from './lib/assignments/assignment-transitions';
export * from './lib/assignments/assignment-closing.service';
export * from './lib/assignments/own-supervision.service';
export * from './lib/assignments/dto/assignment.model';

export * from './lib/milestones/assignment-milestone.entity';
export * from './lib/milestones/milestones.service';
export * from './lib/milestones/dto/assignment-milestone.model';

export * from './lib/annual-plans/annual-plan-status';
export * from './lib/annual-plans/annual-plan.entity';
export * from './lib/annual-plans/annual-plan-transitions';
export * from './lib/annual-plans/plan-item.entity';
export * from './lib/annual-plans/plan-item-status';
export * from './lib/annual-plans/plan-item-transitions';
export * from './lib/annual-plans/annual-plans.repository';
export * from './lib/annual-plans/annual-plans.service';
export * from './lib/annual-plans/dto/annual-plan.model';
export * from './lib/annual-plans/dto/annual-plan.input';
export * from './lib/annual-plans/dto/plan-item.model';
export * from './lib/annual-plans/dto/plan-figures.model';

export * from './lib/local-plans/local-plan-status';
export * from './lib/local-plans/local-plan.entity';
export * from './lib/local-plans/local-plan-decision.entity';
export * from './lib/local-plans/local-plan-transitions';
export * from './lib/local-plans/local-plans.service';
export * from './lib/local-plans/dto/local-plan.model';
export * from './lib/local-plans/dto/local-plan-content.model';
export * from './lib/local-plans/dto/local-plan.input';

export * from './lib/conformance/conformance.types';
export * from './lib/conformance/conformance';
export * from './lib/conformance/dto/conformance-report.model';
