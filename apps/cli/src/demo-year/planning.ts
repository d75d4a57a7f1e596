import { PlanTenant, YearPlan } from './plan';
import { Random } from './random';
import { YearCalendar } from './year-calendar';
import { YearStep } from './year-events';
import { DemoProject, Paperwork } from './year-data.schema';

/** The year's data, and what every part of its calendar is planned with: working days, the seed, the list. */
export interface Planning {
  plan: YearPlan;
  projects: readonly DemoProject[];
  paperwork: Paperwork;
  tenants: readonly PlanTenant[];
  calendar: YearCalendar;
  rng: Random;
  add: (at: Date, step: YearStep) => void;
}
