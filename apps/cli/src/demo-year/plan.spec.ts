import { resolve } from 'node:path';
import { TenantLevel } from '@liandong/tenancy';
import { cityTree } from '../seed/divisions';
import { JUDICIAL_DEPTS, planYear, PlanTenant, YEAR_TARGETS } from './plan';
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

  it('hands every problem over exactly once, in 129 letters of which 113 are closed', () => {
    const handed = plan.handoffs.flatMap((handoff) => handoff.findings).sort((a, b) => a - b);
    expect(handed).toEqual(plan.findings.map((_, i) => i));
    expect(plan.handoffs).toHaveLength(YEAR_TARGETS.handoffs);
    expect(plan.handoffs.filter((handoff) => handoff.fate === 'CLOSED')).toHaveLength(
      YEAR_TARGETS.handoffsClosed,
    );
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
