import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import { TenantLevel } from '@liandong/tenancy';
import { DivisionNode } from '../../apps/cli/src/seed/divisions';
import { seedTree } from '../../apps/cli/src/seed/seed';

export const PROJECT_FIELDS = 'id year title isKey version issuer { code }';

/** A valid joint project input; `overrides` replace whole top-level keys. */
export function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    year: 2023,
    title: `优化营商环境联动监督 ${randomInt(1e9)}`,
    isKey: true,
    unifications: {
      leadership: { leadBody: '市人大常委会财经工委', leader: '王主任', office: '监督统筹办公室' },
      scheme: {
        objectives: '聚焦涉企服务、政务公开和执法规范,推动营商环境持续优化',
        startsAt: '2023-03-01T00:00:00.000Z',
        endsAt: '2023-11-30T00:00:00.000Z',
        milestones: [
          { name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' },
          { name: '问题清单', dueAt: '2023-08-31T00:00:00.000Z' },
        ],
      },
      methods: ['COVERT_VISIT', 'SPECIAL_REPORT', 'APPRAISAL'],
      policy: {
        legalBasis: ['《优化营商环境条例》', '《河南省优化营商环境条例》'],
        checklist: [
          { code: 'C1', text: '涉企收费是否规范' },
          { code: 'C2', text: '政务服务事项是否一网通办' },
          { code: 'C3', text: '行政执法是否规范' },
        ],
      },
      effect: { indicators: [{ code: 'I1', name: '问题整改完成率', target: 90 }] },
    },
    ...overrides,
  };
}

export function findingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `窗口办事排队时间过长 ${randomInt(1e9)}`,
    description: '政务服务大厅午间无人值守,群众反映办事需往返多次',
    method: 'COVERT_VISIT',
    checklistCode: 'C2',
    category: '服务质效',
    severity: 'NORMAL',
    location: '政务服务中心',
    ...overrides,
  };
}

export const CREATE_PROJECT = `mutation ($input: JointProjectInput!) { createJointProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const PUBLISH = `mutation ($id: ID!, $targets: PublishTargetsInput!) {
  publishJointProject(id: $id, targets: $targets) { id status tenant { id code level } project { id } } }`;
export const ACKNOWLEDGE =
  'mutation ($id: ID!) { acknowledgeAssignment(id: $id) { id status acknowledgedAt } }';
export const SUBMIT = `mutation ($assignmentId: ID!, $findings: [FindingInput!]!, $key: String) {
  submitFindings(assignmentId: $assignmentId, findings: $findings, idempotencyKey: $key) { id status title tenant { code } } }`;
export const REVIEW =
  'mutation ($ids: [ID!]!, $accept: Boolean!, $reason: String) { reviewFindings(findingIds: $ids, accept: $accept, reason: $reason) { id status } }';
export const HAND_OFF = `mutation ($input: HandOffInput!) { handOffFindings(input: $input) {
  id letterNo status deadline overdue escalationLevel department { id code } fromTenant { code } findings { id status } } }`;
export const TENANT_BY_CODE = 'query ($code: String!) { tenantByCode(code: $code) { id code name level } }';
export const DEPARTMENTS = 'query ($tenantId: ID!) { departments(tenantId: $tenantId) { id code name } }';

export async function tenantId(client: GraphqlClient, code: string): Promise<string> {
  const data = await client.ok<{ tenantByCode: { id: string } }>(TENANT_BY_CODE, { code });
  return data.tenantByCode.id;
}

export async function departmentId(
  client: GraphqlClient,
  tenantCode: string,
  departmentCode: string,
): Promise<string> {
  const tenant = await tenantId(client, tenantCode);
  const data = await client.ok<{ departments: Array<{ id: string; code: string }> }>(DEPARTMENTS, {
    tenantId: tenant,
  });
  const department = data.departments.find((d) => d.code === departmentCode);
  if (!department) {
    throw new Error(`no department ${departmentCode} at ${tenantCode}`);
  }
  return department.id;
}

/** Creates a project as `issuer` and publishes it to the given tenant codes; returns ids. */
export async function publishedProject(
  issuer: GraphqlClient,
  targetCodes: string[],
  options: { includeDescendants?: boolean; input?: Record<string, unknown> } = {},
): Promise<{
  projectId: string;
  assignments: Array<{ id: string; status: string; tenant: { id: string; code: string } }>;
}> {
  const created = await issuer.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
    input: options.input ?? projectInput(),
  });
  const tenantIds = await Promise.all(targetCodes.map((code) => tenantId(issuer, code)));
  const published = await issuer.ok<{
    publishJointProject: Array<{ id: string; status: string; tenant: { id: string; code: string } }>;
  }>(PUBLISH, {
    id: created.createJointProject.id,
    targets: { tenantIds, includeDescendants: options.includeDescendants ?? false },
  });
  return { projectId: created.createJointProject.id, assignments: published.publishJointProject };
}

/** A fresh little tree no other test touches: a city, `counties` counties, each with `townships` townships. */
export interface TenantTree {
  city: string;
  counties: string[];
  townships: Record<string, string[]>;
}

export async function createTenantTree(
  dataSource: DataSource,
  counties = 2,
  townships = 2,
): Promise<TenantTree> {
  const city = `9${randomInt(10_000, 99_999)}`;
  const nodes: DivisionNode[] = [
    { code: city, name: `测试市${city}`, level: TenantLevel.CITY, parentCode: null, kind: 'CITY' },
  ];
  const tree: TenantTree = { city, counties: [], townships: {} };
  for (let c = 1; c <= counties; c += 1) {
    const county = `${city}${String(c).padStart(2, '0')}`;
    nodes.push({
      code: county,
      name: `测试县${c}`,
      level: TenantLevel.COUNTY,
      parentCode: city,
      kind: 'COUNTY',
    });
    tree.counties.push(county);
    tree.townships[county] = [];
    for (let t = 1; t <= townships; t += 1) {
      const township = `${county}${String(100 + t)}`;
      nodes.push({
        code: township,
        name: `测试镇${c}-${t}`,
        level: TenantLevel.TOWNSHIP,
        parentCode: county,
        kind: 'TOWN',
      });
      tree.townships[county]?.push(township);
    }
  }
  await seedTree(dataSource, nodes, 'liandong-demo');
  return tree;
}
