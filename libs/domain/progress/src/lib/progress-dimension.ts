import { registerEnumType } from '@nestjs/graphql';

export enum ProgressDimension {
  PROJECT = 'PROJECT',
  TENANT = 'TENANT',
  LEVEL = 'LEVEL',
  STATUS = 'STATUS',
  METHOD = 'METHOD',
  CATEGORY = 'CATEGORY',
  DEPARTMENT = 'DEPARTMENT',
  /** The lead committee (牵头委室) of each finding's project; a row without one for projects with no lead. */
  COMMITTEE = 'COMMITTEE',
}

registerEnumType(ProgressDimension, { name: 'ProgressDimension', description: '统计维度' });

/** Dimensions that assignments have too: rows exist for them even before any finding is reported. */
export const ASSIGNMENT_DIMENSIONS: ReadonlySet<ProgressDimension> = new Set([
  ProgressDimension.PROJECT,
  ProgressDimension.TENANT,
  ProgressDimension.LEVEL,
  ProgressDimension.COMMITTEE,
]);
