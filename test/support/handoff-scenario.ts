import { GraphqlClient } from '@liandong/testing';
import { Platform } from './platform';
import {
  ACKNOWLEDGE,
  findingInput,
  HAND_OFF,
  publishedProject,
  REVIEW,
  SUBMIT,
  TenantTree,
} from './fixtures';

export const HANDOFF = 'query ($id: ID!) { handoff(id: $id) { id status deadline overdue escalationLevel } }';
export const NOTIFICATIONS = 'query { notifications { id kind message at read handoff { id } } }';

export interface HandoffView {
  id: string;
  status: string;
  deadline: string;
  overdue: boolean;
  escalationLevel: number;
}

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  handoff: { id: string } | null;
}

/** The first county of `tree` with `count` findings the city has accepted, ready to hand over. */
export async function acceptedCountyFindings(
  platform: Platform,
  tree: TenantTree,
  count: number,
): Promise<{ county: string; client: GraphqlClient; findingIds: string[] }> {
  const county = tree.counties[0];
  const city = await platform.as(tree.city);
  const client = await platform.as(county);
  const { assignments } = await publishedProject(city, [county]);
  const assignmentId = assignments[0]?.id;
  await client.ok(ACKNOWLEDGE, { id: assignmentId });
  const submitted = await client.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
    assignmentId,
    findings: Array.from({ length: count }, () => findingInput()),
  });
  const findingIds = submitted.submitFindings.map((finding) => finding.id);
  await city.ok(REVIEW, { ids: findingIds, accept: true });
  return { county, client, findingIds };
}

export async function handOver(
  client: GraphqlClient,
  findingIds: string[],
  departmentId: string,
  deadline: Date,
): Promise<HandoffView> {
  const data = await client.ok<{ handOffFindings: HandoffView }>(HAND_OFF, {
    input: { findingIds, departmentId, deadline: deadline.toISOString() },
  });
  return data.handOffFindings;
}

export async function handoffOf(client: GraphqlClient, id: string): Promise<HandoffView> {
  return (await client.ok<{ handoff: HandoffView }>(HANDOFF, { id })).handoff;
}

/** The caller's notifications about one handoff, of one kind. */
export async function noticesOf(
  client: GraphqlClient,
  handoffId: string,
  kind: string,
): Promise<NotificationView[]> {
  const data = await client.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS);
  return data.notifications.filter((notice) => notice.kind === kind && notice.handoff?.id === handoffId);
}

/** Rows of the escalation table for one handoff. */
export async function escalationsOf(
  platform: Platform,
  handoffId: string,
): Promise<Array<{ level: number; automatic: boolean; tenant_id: string }>> {
  return platform.dataSource.query(
    'SELECT level, automatic, tenant_id FROM escalation WHERE handoff_id = $1 ORDER BY level',
    [handoffId],
  );
}
