export * from './lib/findings.module';
export * from './lib/findings-api.module';

export * from './lib/findings/finding-status';
export * from './lib/findings/finding-transitions';
export * from './lib/findings/finding.entity';
export * from './lib/findings/finding-review.entity';
export * from './lib/findings/finding-submission.entity';
export * from './lib/findings/finding-rows';
export * from './lib/findings/findings.repository';
export * from './lib/findings/findings.service';
export * from './lib/findings/finding-loaders';
export * from './lib/findings/dto/finding.model';
export * from './lib/findings/dto/finding.input';

export * from './lib/activities/activity.entity';
export * from './lib/activities/activities.service';

export * from './lib/evidence/evidence-file.entity';
export * from './lib/evidence/finding-evidence.entity';
export * from './lib/evidence/evidence-type';
export * from './lib/evidence/evidence.repository';
export * from './lib/evidence/evidence.service';
export * from './lib/evidence/evidence.controller';
export * from './lib/evidence/evidence-access';
export * from './lib/evidence/evidence-citers';
export * from './lib/evidence/dto/evidence.model';

export * from './lib/duplicates/duplicate-score';
export * from './lib/duplicates/duplicates.service';
export * from './lib/duplicates/recurrence.service';
export * from './lib/evidence/dto/evidence.model';
export * from './lib/activities/dto/activity.model';
