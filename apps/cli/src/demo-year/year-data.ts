import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import {
  AnnualPlanData,
  annualPlanFile,
  DemoProject,
  Paperwork,
  paperworkFile,
  PlaceNames,
  placeNamesFile,
  projectFile,
  SessionsData,
  sessionsFile,
} from './year-data.schema';

/**
 * data/demo-year at the top of the repository: the first one up from this file, which finds it from the
 * sources, from their build under dist/ and from the image's /app alike, whatever the working directory.
 */
export const DEMO_YEAR_DATA_DIR = dataDirAbove(__dirname);

function dataDirAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'demo-year');
    if (existsSync(join(candidate, 'annual-plan.json')) || dirname(dir) === dir) {
      return candidate;
    }
  }
}

/** Everything the demo year says, read from its data files; the code only plays it. */
export interface DemoYearData {
  annualPlan: AnnualPlanData;
  /** The joint projects, in the order the annual plan lists them. */
  projects: DemoProject[];
  paperwork: Paperwork;
  placeNames: PlaceNames;
  /** The city's sessions of the year, the reports they deliberated and the opinions they sent. */
  sessions: SessionsData;
}

/** A data file that cannot be read, or that does not hold what the demo needs: the file and each bad field. */
export class DemoDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ReadonlyArray<{ field: string; message: string }>,
  ) {
    super(
      [
        `演示年度数据文件有误 / a demo-year data file is wrong: ${file}`,
        ...problems.map(
          (problem) => `  ${problem.field || '(整个文件 / the whole file)'}: ${problem.message}`,
        ),
      ].join('\n'),
    );
    this.name = 'DemoDataError';
  }
}

let loaded: DemoYearData | undefined;

/** The demo year's data, read and checked once. */
export function demoYearData(): DemoYearData {
  loaded ??= loadDemoYearData();
  return loaded;
}

/** Reads and checks every data file under `dir`; the first bad file stops it with a DemoDataError. */
export function loadDemoYearData(dir = DEMO_YEAR_DATA_DIR): DemoYearData {
  const annualPlan = readDataFile(dir, 'annual-plan.json', annualPlanFile);
  const listed = new Set(annualPlan.jointProjects.map((item) => item.key));
  const unlisted = readdirSync(join(dir, 'projects'))
    .filter((name) => name.endsWith('.json') && !listed.has(name.slice(0, -'.json'.length)))
    .map((name) => ({
      field: 'jointProjects',
      message: `projects/${name} 未列入年度计划 / is not listed in the annual plan`,
    }));
  if (unlisted.length > 0) {
    throw new DemoDataError(shown(join(dir, 'annual-plan.json')), unlisted);
  }
  const projects = annualPlan.jointProjects.map(({ key }) => ({
    key,
    ...readDataFile(dir, `projects/${key}.json`, projectFile),
  }));
  const sessions = readDataFile(dir, 'sessions.json', sessionsFile);
  const titles = new Set([
    ...projects.map((project) => project.title),
    ...annualPlan.otherKeyItems.map((item) => item.title),
    ...annualPlan.ordinaryItems.map((item) => item.title),
  ]);
  const unknown = sessions.sessions.flatMap((session, s) =>
    session.reports.flatMap((report, r) =>
      report.planItem && !titles.has(report.planItem)
        ? [
            {
              field: `sessions.${s}.reports.${r}.planItem`,
              message: `年度计划中没有「${report.planItem}」/ not an item of the annual plan`,
            },
          ]
        : [],
    ),
  );
  if (unknown.length > 0) {
    throw new DemoDataError(shown(join(dir, 'sessions.json')), unknown);
  }
  return {
    annualPlan,
    projects,
    paperwork: readDataFile(dir, 'paperwork.json', paperworkFile),
    placeNames: readDataFile(dir, 'place-names.json', placeNamesFile),
    sessions,
  };
}

function readDataFile<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> {
  const file = join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DemoDataError(shown(file), [
      { field: '', message: `无法读取 / cannot be read: ${reason(error)}` },
    ]);
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new DemoDataError(shown(file), [
      { field: '', message: `不是有效的 JSON / not valid JSON: ${reason(error)}${lineOf(text, error)}` },
    ]);
  }
  const result = schema.safeParse(content);
  if (!result.success) {
    throw new DemoDataError(
      shown(file),
      result.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

/** The file as a person finds it: from the working directory when it lies below it. */
function shown(file: string): string {
  const path = relative(process.cwd(), file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** JSON.parse names a character position; an editor wants the line. */
function lineOf(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(reason(error));
  if (!position || /line \d+/.test(reason(error))) {
    return '';
  }
  const before = text.slice(0, Number(position[1]));
  return ` (第 ${before.split('\n').length} 行 / line ${before.split('\n').length})`;
}
