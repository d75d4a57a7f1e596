import { DataSource } from 'typeorm';
import { Random } from '../demo-year/random';
import { GeneratedTables } from './generated-tables';
import { GenerateOptions } from './generate-options';
import { planProjects, spreadFindings } from './project-plan';
import { ProjectWorkGenerator } from './project-work';
import { lettersIssued, loadTenantTree } from './tenant-tree';
import { YearDays } from './year-days';

/** What was generated: the same for the same seed on the same tree. */
export interface GeneratedFigures {
  projects: number;
  assignments: number;
  activities: number;
  covertActivities: number;
  findings: number;
  findingsByStatus: Record<string, number>;
  handoffs: number;
  handoffsByStatus: Record<string, number>;
  escalations: number;
}

export interface GenerateResult {
  figures: GeneratedFigures;
  rows: number;
  seconds: number;
}

const PROGRESS_EVERY_MS = 5_000;

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Fills the loaded tenant tree with a year of linked supervision at volume: projects published by cities
 * and provinces and passed down to every tier, activities, findings spread over the assignments, handoffs
 * with their escalations. Written set-based in batches, each batch one transaction, so the audit trail's
 * row triggers chain every row as they would for the application's own writes.
 */
export async function generate(
  dataSource: DataSource,
  options: GenerateOptions,
  now: Date,
  log: (message: string) => void,
): Promise<GenerateResult> {
  const started = Date.now();
  const tree = await loadTenantTree(dataSource);
  if (tree.tenants.length === 0) {
    throw new Error('没有租户:请先运行 seed / no tenants: run seed first');
  }
  if (tree.methods.length === 0) {
    throw new Error('没有监督方式目录 / the supervision-method catalogue is empty');
  }
  const random = new Random(options.seed);
  const days = new YearDays(options.year);
  const projects = planProjects(tree, days, random);
  spreadFindings(projects, options.findings, random);
  const tables = new GeneratedTables();
  const writer = tables.writer(dataSource, options.batchSize);
  const figures: GeneratedFigures = {
    projects: projects.length,
    assignments: 0,
    activities: 0,
    covertActivities: 0,
    findings: 0,
    findingsByStatus: {},
    handoffs: 0,
    handoffsByStatus: {},
    escalations: 0,
  };
  let lastProgress = 0;
  const progress = (): void => {
    const seconds = (Date.now() - started) / 1000;
    lastProgress = Date.now();
    log(
      `  ${tables.findings.written.toLocaleString('en')}/${options.findings.toLocaleString('en')} findings, ` +
        `${writer.written.toLocaleString('en')} rows, ${Math.round(writer.written / seconds).toLocaleString('en')} rows/s`,
    );
  };
  const flushed = async (): Promise<void> => {
    // a line every few seconds, not every batch
    if ((await writer.flushIfFull()) && Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
      progress();
    }
  };
  for (const project of projects) {
    tables.addProject(project);
    for (const assignment of project.assignments) {
      tables.addAssignment(assignment);
      figures.assignments += 1;
      await flushed();
    }
  }
  await writer.flush();
  log(`${figures.projects} projects, ${figures.assignments} assignments written`);
  const work = new ProjectWorkGenerator(days, random, await lettersIssued(dataSource), now.getTime());
  for (const project of projects) {
    const { activities, findings, handoffs, escalations } = work.generate(project);
    // Activities and handoffs go first: a flush in the middle of the findings writes what they point to.
    for (const activity of activities) {
      tables.addActivity(activity);
      figures.activities += 1;
      figures.covertActivities += activity.covert ? 1 : 0;
      await flushed();
    }
    for (const handoff of handoffs) {
      tables.addHandoff(handoff);
      figures.handoffs += 1;
      tally(figures.handoffsByStatus, handoff.status);
      await flushed();
    }
    for (const escalation of escalations) {
      tables.addEscalation(escalation);
      figures.escalations += 1;
      await flushed();
    }
    for (const finding of findings) {
      tables.addFinding(finding);
      figures.findings += 1;
      tally(figures.findingsByStatus, finding.status);
      await flushed();
    }
  }
  await writer.flush();
  progress();
  figures.findingsByStatus = sorted(figures.findingsByStatus);
  figures.handoffsByStatus = sorted(figures.handoffsByStatus);
  return { figures, rows: writer.written, seconds: (Date.now() - started) / 1000 };
}
