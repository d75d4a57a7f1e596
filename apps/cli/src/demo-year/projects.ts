import { DemoProject } from './catalogue';
import { BUSINESS_ENVIRONMENT, DEVELOPMENT_ZONES, PRIVATE_ECONOMY, THREE_BATCHES } from './projects-economy';
import { ENTERPRISE_CASES, JUDGES_APPRAISAL } from './projects-justice';
import { RURAL_INDUSTRIES, YELLOW_RIVER } from './projects-rural';
import { HIGH_SCHOOLS, PEONY, SIGNATURE_CUISINE, VOCATIONAL_TRAINING } from './projects-society';

/** The twelve projects Luoyang linked across its three tiers in 2023, in the order the seed article names them. */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  JUDGES_APPRAISAL,
  SIGNATURE_CUISINE,
  BUSINESS_ENVIRONMENT,
  PEONY,
  ENTERPRISE_CASES,
  HIGH_SCHOOLS,
  THREE_BATCHES,
  VOCATIONAL_TRAINING,
  YELLOW_RIVER,
  RURAL_INDUSTRIES,
  PRIVATE_ECONOMY,
  DEVELOPMENT_ZONES,
];
