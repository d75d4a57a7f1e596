import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { YEAR_TARGETS } from './plan';
import { DEMO_YEAR_DATA_DIR, DemoDataError, loadDemoYearData } from './year-data';

const copies: string[] = [];

/** A copy of the data directory with one file changed. */
function withFile(name: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-year-data-'));
  copies.push(dir);
  cpSync(DEMO_YEAR_DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
  return dir;
}

/** The file with the value at `field` (dot-separated) replaced, or removed when `value` is undefined. */
function withField(name: string, field: string, value: unknown): string {
  return withFile(name, (text) => {
    const content: unknown = JSON.parse(text);
    const path = field.split('.');
    const last = path.pop() as string;
    const parent = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], content);
    if (value === undefined) {
      delete (parent as Record<string, unknown>)[last];
    } else {
      (parent as Record<string, unknown>)[last] = value;
    }
    return JSON.stringify(content);
  });
}

function refusal(dir: string): DemoDataError {
  try {
    loadDemoYearData(dir);
  } catch (error) {
    if (error instanceof DemoDataError) {
      return error;
    }
    throw error;
  }
  throw new Error('the broken data was loaded');
}

afterAll(() => {
  for (const dir of copies) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the demo year’s data files', () => {
  it('hold the twelve joint projects, whose problems add up to the seed article’s 372', () => {
    const { projects, annualPlan } = loadDemoYearData();
    expect(projects.map((project) => project.key)).toEqual(annualPlan.jointProjects.map((item) => item.key));
    expect(projects).toHaveLength(12);
    expect(projects.reduce((sum, project) => sum + project.findings, 0)).toBe(YEAR_TARGETS.findings);
    expect(projects[0]?.unifications.scheme.startsAt).toEqual(new Date('2023-03-01T18:00:00+08:00'));
  });

  it.each([
    {
      broken: 'a date that is not a day',
      file: 'projects/peony.json',
      field: 'unifications.scheme.milestones.2.dueAt',
      value: '2023-5-31',
      says: 'YYYY-MM-DD',
    },
    {
      broken: 'a day the calendar lacks',
      file: 'projects/peony.json',
      field: 'unifications.scheme.startsAt',
      value: '2023-02-30',
      says: '不是日历上的日期',
    },
    {
      broken: 'a checklist code twice, which the API refuses',
      file: 'projects/judges.json',
      field: 'unifications.policy.checklist.1.code',
      value: 'J01',
      says: '编码重复',
    },
    {
      broken: 'a problem on a checklist point the plan lacks, which a submitted row may not name',
      file: 'projects/yellow-river.json',
      field: 'templates.3.checklist',
      value: 'Z99',
      says: 'Z99',
    },
    {
      broken: 'a unit without its closing report',
      file: 'paperwork.json',
      field: 'finalMeasures.culture',
      value: undefined,
      says: 'expected string',
    },
    {
      broken: 'an opinion answered without its 研究处理情况报告',
      file: 'sessions.json',
      field: 'sessions.1.reports.0.opinion.answer',
      value: undefined,
      says: '研究处理情况报告',
    },
    {
      broken: 'a plan item completed before it started',
      file: 'annual-plan.json',
      field: 'ordinaryItems.0.completedOn',
      value: '2023-07-01',
      says: '完成须在启动之后',
    },
    {
      broken: 'a lead committee the office does not have',
      file: 'annual-plan.json',
      field: 'otherKeyItems.0.lead',
      value: 'chengjian',
      says: 'caijing',
    },
  ])('refuses $broken, naming the file and the field', ({ file, field, value, says }) => {
    const error = refusal(withField(file, field, value));
    expect(error.file.endsWith(file)).toBe(true);
    expect(error.problems.map((problem) => problem.field)).toContain(field);
    expect(error.message).toContain(file);
    expect(error.message).toContain(`${field}: `);
    expect(error.message).toContain(says);
  });

  it('refuses a file that is not JSON, naming the file and the line', () => {
    const error = refusal(withFile('paperwork.json', (text) => text.replace('"refix":', '"refix"')));
    expect(error.message).toContain('paperwork.json');
    expect(error.message).toMatch(/line 7\b/);
  });

  it('refuses a session report on an item the annual plan does not have', () => {
    const field = 'sessions.1.reports.0.planItem';
    const error = refusal(withField('sessions.json', field, '听取和审议某项工作情况的报告'));
    expect(error.file.endsWith('sessions.json')).toBe(true);
    expect(error.problems).toEqual([
      { field, message: expect.stringContaining('年度计划中没有') as unknown },
    ]);
  });

  it('refuses a project file the annual plan does not list', () => {
    const listed = loadDemoYearData().annualPlan.jointProjects.filter((item) => item.key !== 'peony');
    const error = refusal(withField('annual-plan.json', 'jointProjects', listed));
    expect(error.file.endsWith('annual-plan.json')).toBe(true);
    expect(error.problems).toEqual([
      { field: 'jointProjects', message: expect.stringContaining('projects/peony.json') as unknown },
    ]);
  });
});
