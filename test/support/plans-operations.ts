import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentNode, Kind, parse, print } from 'graphql';
import { DataSource } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import { projectInput } from './fixtures';

/** The documents clients send for the plans group of the contract, kept next to the project. */
const PLANS_OPERATIONS = resolve(__dirname, '../../../shared/contract/operations/plans/plans.graphql');

let plansDocument: DocumentNode | null = null;

/** One named operation of the contract's plans documents, as query text. */
export function plansOperation(name: string): string {
  plansDocument ??= parse(readFileSync(PLANS_OPERATIONS, 'utf8'));
  const operation = plansDocument.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) {
    throw new Error(`the contract has no plans operation named ${name}`);
  }
  return print(operation);
}

export type Unifications = {
  leadership: { leadBody: string; leader: string; office?: string | null };
  scheme: {
    objectives: string;
    startsAt: string;
    endsAt: string;
    milestones: Array<{ name: string; dueAt: string }>;
  };
  methods: string[];
  policy: { legalBasis: string[]; checklist: Array<{ code: string; text: string }> };
  effect: { indicators: Array<{ code: string; name: string; target: number }> };
};

/** The default unified plan of `projectInput()`, as a fresh copy to change. */
export function unifications(): Unifications {
  return structuredClone(projectInput()['unifications']) as Unifications;
}

/** A local plan that takes over every unified requirement as it is (it conforms). */
export function conformingPlan(unified: Unifications): Record<string, any> {
  return {
    leadership: { leadBody: '县人大常委会', leader: '县人大常委会副主任', office: '县人大常委会办公室' },
    methods: [...unified.methods],
    checklist: unified.policy.checklist.map((item) => ({ ...item })),
    milestones: unified.scheme.milestones.map((milestone) => ({ ...milestone })),
    indicators: unified.effect.indicators.map((indicator) => ({ ...indicator })),
  };
}

export type AssignmentDetail = {
  id: string;
  status: string;
  acknowledgedVersion: number | null;
  outdated: boolean;
  parent: { id: string; tenant: { code: string } } | null;
  milestones: Array<{ name: string; dueAt: string; submittedAt: string | null; overdue: boolean }>;
  localPlan: {
    id: string;
    status: string;
    basedOnVersion: number;
    conformance: {
      conforms: boolean;
      issues: Array<{ section: string; severity: string; path: string; message: string }>;
    };
  } | null;
};

/** The caller's assignment with that id, through the contract's AssignmentDetail document. */
export async function assignmentDetail(client: GraphqlClient, id: string): Promise<AssignmentDetail> {
  const { myAssignments } = await client.ok<{ myAssignments: AssignmentDetail[] }>(
    plansOperation('AssignmentDetail'),
  );
  const found = myAssignments.find((assignment) => assignment.id === id);
  if (!found) {
    throw new Error(`assignment ${id} is not among the caller's assignments`);
  }
  return found;
}

/** The id of the account a client is logged in as. */
export async function userId(client: GraphqlClient): Promise<string> {
  return (await client.ok<{ me: { id: string } }>('query { me { id } }')).me.id;
}

export async function sqlRows<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await dataSource.query(sql, params)) as T[];
}
