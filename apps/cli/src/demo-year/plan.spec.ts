import { resolve } from 'node:path';
import { TenantLevel } from '@liandong/tenancy';
import { cityTree } from '../seed/divisions';
import { JUDICIAL_DEPTS, ledgerSplit, planYear, PlanTenant, YEAR_TARGETS } from './plan';
import { demoYearData } from './year-data';

const tenants: PlanTenant[] = cityTree(resolve(__dirname, '../../../../data/divisions'), '4103').map(
  (node) => ({
    code: node.code,
    name: node.name,
    level: node.level,
    parentCode: node.parentCode,
  }),
);
const levelOf = new Map(tenants.map((tenant) => [tenant.code, tenant.level]));
const parentOf = new Map(tenants.map((tenant) => [tenant.code, tenant.parentCode]));
const data = demoYearData();

describe('planYear', () => {
  const plan = planYear(tenants, data);

  it('finds the seed article’s 372 problems, each reported once', () => {
    expect(plan.findings).toHaveLength(YEAR_TARGETS.findings);
    const reported = plan.batches.flatMap((batch) => batch.findings).sort((a, b) => a - b);
    expect(reported).toEqual(plan.findings.map((_, i) => i));
  });

  it('keeps a ledger of 129 items of both kinds, 113 closed: handoffs of findings and session opinion items', () => {
    const handed = plan.handoffs.flatMap((handoff) => handoff.findings).sort((a, b) => a - b);
    expect(handed).toEqual(plan.findings.map((_, i) => i));
    const opinionItems = plan.opinions.flatMap(({ opinion }) => opinion.items.map(() => opinion.fate));
    const closedHandoffs = plan.handoffs.filter((handoff) => handoff.fate === 'CLOSED').length;
    const closedOpinionItems = opinionItems.filter((fate) => fate === 'CLOSED').length;
    expect(plan.handoffs.length + opinionItems.length).toBe(YEAR_TARGETS.ledgerItems);
    expect(closedHandoffs + closedOpinionItems).toBe(YEAR_TARGETS.ledgerClosed);
    // Both kinds are a real part of the ledger: most are handoffs, some two dozen are opinion items.
    expect(ledgerSplit(data)).toEqual({
      handoffs: plan.handoffs.length,
      handoffsClosed: closedHandoffs,
      opinionItems: opinionItems.length,
      opinionItemsClosed: closedOpinionItems,
    });
    expect(opinionItems.length).toBeGreaterThanOrEqual(20);
    expect(closedOpinionItems).toBeGreaterThan(0);
    expect(closedOpinionItems).toBeLessThan(opinionItems.length);
    expect(plan.handoffs.length).toBeGreaterThanOrEqual(90);
  });

  it('plans 28 items, 18 key and 12 joint, of which 18 are started and 8 completed by the year’s end', () => {
    const items = plan.planItems;
    const started = items.filter((item) => item.project !== null || item.startedOn !== null);
    expect({
      items: items.length,
      key: items.filter((item) => item.isKey).length,
      joint: items.filter((item) => item.isJoint).length,
      started: started.length,
      completed: items.filter((item) => item.completedOn !== null).length,
    }).toEqual({
      items: YEAR_TARGETS.planItems,
      key: YEAR_TARGETS.keyItems,
      joint: YEAR_TARGETS.jointItems,
      started: YEAR_TARGETS.started,
      completed: YEAR_TARGETS.completed,
    });
    expect(items.filter((item) => item.isJoint).every((item) => item.project !== null)).toBe(true);
    // Adjusted items were never started; every item has its month and method; all but the office's own
    // joint items (城乡建设环境保护委员会 is not among the demo's committees) have a lead committee.
    expect(items.filter((item) => item.adjusted).every((item) => !started.includes(item))).toBe(true);
    expect(items.every((item) => item.plannedMonth >= 1 && item.method.length > 0)).toBe(true);
    expect(items.filter((item) => item.lead === null).map((item) => item.title)).toEqual([
      '黄河保护法贯彻实施暗访',
      '开发区建设',
    ]);
  });

  it('sends each opinion to a body of the city with its own letter, led by its plan item’s committee', () => {
    const letters = plan.opinions.map((planned) => planned.letterNo);
    expect(new Set(letters).size).toBe(letters.length);
    expect(letters[0]).toBe('洛人常审〔2023〕1号');
    expect(new Set(plan.opinions.map((planned) => planned.opinion.dept))).toEqual(
      new Set(['gov', 'court', 'procuratorate', 'commerce', 'education', 'hrss', 'ecology']),
    );
    expect(plan.opinions.some((planned) => planned.opinion.kind === 'RESOLUTION')).toBe(true);
    const kinds = new Set(plan.sessions.map((session) => session.kind));
    expect(kinds).toEqual(new Set(['STANDING_COMMITTEE', 'CHAIRMEN']));
  });

  it('uses 9 distinct supervision methods across the year', () => {
    expect(new Set(data.projects.flatMap((project) => project.unifications.methods)).size).toBe(9);
    expect(new Set(plan.findings.map((finding) => finding.row.method)).size).toBe(9);
  });

  it('has counties and townships find problems, never the city', () => {
    const levels = new Set(plan.findings.map((finding) => levelOf.get(finding.reporterCode)));
    expect(levels).toEqual(new Set([TenantLevel.COUNTY, TenantLevel.TOWNSHIP]));
  });

  it('lets a tier hand over only problems of one project found in its own subtree', () => {
    for (const handoff of plan.handoffs) {
      for (const index of handoff.findings) {
        const finding = plan.findings[index];
        expect(finding?.project).toBe(handoff.project);
        let code: string | null | undefined = finding?.reporterCode;
        while (code && code !== handoff.handlerCode) {
          code = parentOf.get(code);
        }
        expect(code).toBe(handoff.handlerCode);
      }
      if (levelOf.get(handoff.handlerCode) === TenantLevel.TOWNSHIP) {
        expect(handoff.dept).toBe('gov');
      }
    }
  });

  it('never hands a court’s or procuratorate’s problem to a government', () => {
    const judicialProjects = new Set(['judges', 'enterprise-cases']);
    for (const handoff of plan.handoffs) {
      if (judicialProjects.has(data.projects[handoff.project]?.key ?? '')) {
        expect(JUDICIAL_DEPTS.has(handoff.dept)).toBe(true);
      }
    }
  });

  it('gives every letter its own number', () => {
    const letters = plan.handoffs.map((handoff) => handoff.letterNo);
    expect(new Set(letters).size).toBe(letters.length);
  });

  it('plays the same year from the same seed', () => {
    expect(planYear(tenants, data)).toEqual(plan);
  });
});
