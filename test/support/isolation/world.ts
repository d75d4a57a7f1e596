import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphqlClient } from '@liandong/testing';
import { shanghaiDay } from '@liandong/time';
import { createAccount } from '../contract';
import {
  ACKNOWLEDGE,
  CREATE_PROJECT,
  createTenantTree,
  departmentId,
  findingInput,
  HAND_OFF,
  projectInput,
  PUBLISH,
  publishedProject,
  REVIEW,
  SUBMIT,
  tenantId,
} from '../fixtures';
import { conformingPlan, plansOperation, unifications } from '../plans-operations';
import { Platform } from '../platform';
import { eventually } from '../poll';
import { emptyForbidden, Forbidden } from './leaks';
import { Protected } from './digest';
import { Kind } from './schema-walk';

/** The little world: a city C, counties cA and cB, each with townships 1 and 2. */
export type TenantKey = 'C' | 'cA' | 'tA1' | 'tA2' | 'cB' | 'tB1' | 'tB2';
export type Side = 'A' | 'B';

const PARENT: Record<TenantKey, TenantKey | null> = {
  C: null,
  cA: 'C',
  tA1: 'cA',
  tA2: 'cA',
  cB: 'C',
  tB1: 'cB',
  tB2: 'cB',
};

/** `tenant` is `root` or lies below it. */
export function within(tenant: TenantKey, root: TenantKey): boolean {
  for (let at: TenantKey | null = tenant; at; at = PARENT[at]) {
    if (at === root) {
      return true;
    }
  }
  return false;
}

function sideOf(tenant: TenantKey): Side | null {
  return within(tenant, 'cA') ? 'A' : within(tenant, 'cB') ? 'B' : null;
}

/** The name of a stage used both in the unified scheme and for handoff stages, so probes name a real one. */
export const STAGE_NAME = '方案报备';

export interface Entity {
  /** e.g. `F-B1h`: finding of township B1, handed over */
  key: string;
  kind: Kind;
  /** the id (or sha256, or tenant code) */
  value: string;
  owner: TenantKey;
  /** texts planted in it, unique to it ('绝密-B-F-B1h-…'): shown to a caller that may not see it, a leak */
  markers: string[];
  /** other values that identify it exactly (a tenant's name, an account's username, a planted code) */
  exacts: string[];
  /** unit or committee: its code; the planted ones' (`fz-cb-…`) are unique to their tenant and run */
  code?: string;
  /** finding: the handoff holding it; extension request or evaluation: its handoff */
  handoff?: string;
  /**
   * handoff: its department; notification: the department it is addressed to (null: the office); review
   * opinion and session: the unit the opinion was sent to
   */
  department?: string | null;
  /** finding: its responsible department */
  responsible?: string;
  /** activity, handoff, evidence: the findings it holds or is cited by */
  findings?: string[];
  /** a joint project published into every tenant of the world */
  shared?: boolean;
  /** generated document: the sha256 of its stored file */
  file?: string;
  /** assignment: the assignments cascaded from it */
  children?: string[];
  /** deputy: a name that is no secret (a namesake may sit on another roster), for the roster import probes */
  name?: string;
}

export interface Caller {
  label: string;
  username: string;
  role: 'COORDINATOR' | 'MEMBER' | 'VIEWER' | 'DEPARTMENT';
  tenant: TenantKey;
  /** the department entity of a DEPARTMENT account */
  department: string | null;
  /** committee staff: the code of the committee the account works in (the seed's `<tenant>-<code>`) */
  committee?: string;
  side: Side;
}

/** What a caller's account holds at the start (what lets it sign in and act), put back should a probe change it. */
interface AccountState {
  id: string;
  username: string;
  password_hash: string;
  disabled_at: Date | null;
  must_change_password: boolean;
  roles: string[];
  department_id: string | null;
  committee_id: string | null;
  display_name: string;
}

const ACCOUNT_STATE = `SELECT id, username, password_hash, disabled_at, must_change_password, roles, department_id,
  committee_id, display_name FROM account WHERE username = ANY($1::text[]) ORDER BY username`;

/**
 * Which entities count as the caller's own when a mutation acts in the caller's own tenant only: the
 * administration of units, committees and accounts, and handing over to a unit. Otherwise (`subtree`) a
 * tenant acts on its subtree's units (names them responsible for a finding, say).
 */
export type ActScope = 'subtree' | 'tenant';

/**
 * What a caller may do with an entity: act on it (own), see but not change it (readOnly: the project
 * published to it, its parent's assignment, an ancestor tenant, the handoff of its own finding), or
 * neither (foreign: must never show up, and must never change because of it).
 */
export type Standing = 'own' | 'readOnly' | 'foreign';

export class World {
  readonly entities = new Map<string, Entity>();
  readonly callers: Caller[] = [];
  /** the caller's account, as a user entity key */
  readonly userOf = new Map<string, string>();
  /** A supervision method and a calendar day of the catalogue that only ADMIN may change. */
  globals = { methodCode: '', day: '', admin: '' };
  codes = new Map<TenantKey, string>();
  /** Disclosures published on purpose (公开): public to anyone, so no entity; their texts carry no marker. */
  published: Array<{ id: string; title: string }> = [];

  constructor(readonly run: string) {}

  marker(side: Side | 'C', key: string): string {
    return `绝密-${side === 'C' ? '城' : side}-${key}-${this.run}`;
  }

  add(entity: Omit<Entity, 'markers' | 'exacts'> & Partial<Pick<Entity, 'markers' | 'exacts'>>): Entity {
    const full: Entity = { markers: [], exacts: [], ...entity };
    this.entities.set(full.key, full);
    return full;
  }

  get(key: string): Entity {
    const entity = this.entities.get(key);
    if (!entity) {
      throw new Error(`no entity ${key} in the world`);
    }
    return entity;
  }

  private readonly standings = new Map<string, Standing>();
  private accountStates: AccountState[] = [];

  /**
   * The standing, for a mutation of `scope`: administration acts in the caller's own tenant only, so that
   * what a tenant owns in its subtree (a township's units, a county's seen from the city) it may see there
   * but not act on.
   */
  standingFor(caller: Caller, entity: Entity, scope: ActScope): Standing {
    const standing = this.standing(caller, entity);
    return scope === 'tenant' && standing === 'own' && entity.owner !== caller.tenant ? 'readOnly' : standing;
  }

  standing(caller: Caller, entity: Entity): Standing {
    const key = `${caller.username} ${entity.key}`;
    let standing = this.standings.get(key);
    if (!standing) {
      standing = caller.department
        ? this.departmentStanding(caller, entity)
        : this.tenantStanding(caller, entity);
      this.standings.set(key, standing);
    }
    return standing;
  }

  private tenantStanding(caller: Caller, e: Entity): Standing {
    const at = caller.tenant;
    const inside = within(e.owner, at);
    const above = within(at, e.owner) && e.owner !== at;
    switch (e.kind) {
      case 'tenant':
      case 'tenantCode':
      case 'department':
        return inside ? 'own' : above ? 'readOnly' : 'foreign';
      // Accounts and committees are administered by their own tenant only (never a parent); a tenant sees
      // its subtree's, and its ancestors' committees by name.
      case 'user':
      case 'committee':
        return e.owner === at ? 'own' : inside || above ? 'readOnly' : 'foreign';
      case 'project':
        return e.shared ? 'readOnly' : inside ? 'own' : 'foreign';
      case 'assignment':
        if (inside) {
          return 'own';
        }
        return (e.children ?? []).some((k) => within(this.get(k).owner, at)) ? 'readOnly' : 'foreign';
      case 'handoff':
        if (inside) {
          return 'own';
        }
        return (e.findings ?? []).some((k) => within(this.get(k).owner, at)) ? 'readOnly' : 'foreign';
      case 'extensionRequest':
      case 'evaluation':
      case 'escalation':
        return this.tenantStanding(caller, this.get(e.handoff as string));
      case 'evidence':
        return this.tenantStanding(caller, this.get((e.findings ?? [])[0] as string));
      case 'notification':
        return e.owner === at && !e.department ? 'own' : 'foreign';
      // A letter or report, and a report's deliveries, are read by the tier that wrote them and those above.
      case 'generatedDocument':
      case 'reportDelivery':
        return e.owner === at ? 'own' : inside ? 'readOnly' : 'foreign';
      // An appraisal is changed by its own tenant only, read by the tiers above.
      case 'appraisal':
      case 'appraisalSubject':
      case 'appraisalGroup':
      // 协同单位 and 线索移送 are the tier's own; the tiers above read them, none changes them.
      case 'collaboratingBody':
      case 'referral':
      // 专家库: a tier's experts, their conflicts and invitations are its own; the tiers above read them.
      case 'expert':
      case 'expertConflict':
      case 'expertAssignment':
      // 代表名册 and who was named: the tier's own; the tiers above read them, none changes them.
      case 'deputy':
      case 'deputyParticipation':
        return e.owner === at ? 'own' : inside ? 'readOnly' : 'foreign';
      case 'annualPlan':
      case 'planItem':
      case 'localPlan':
      case 'activity':
      case 'finding':
      case 'session':
      case 'sessionReport':
      case 'reviewOpinion':
      case 'disclosure':
        return inside ? 'own' : 'foreign';
    }
  }

  private departmentStanding(caller: Caller, e: Entity): Standing {
    const at = caller.tenant;
    const mine = caller.department;
    const handedToMe = (findingKey: string): boolean => {
      const finding = this.get(findingKey);
      return finding.handoff !== undefined && this.get(finding.handoff).department === mine;
    };
    const myFindings = [...this.entities.values()].filter((f) => f.kind === 'finding' && handedToMe(f.key));
    const sameSide = e.owner === 'C' || sideOf(e.owner) === caller.side;
    switch (e.kind) {
      case 'tenant':
      case 'tenantCode':
        return within(at, e.owner) || myFindings.some((f) => f.owner === e.owner) ? 'readOnly' : 'foreign';
      case 'department':
        if (e.key === mine) {
          return 'own';
        }
        return within(at, e.owner) || myFindings.some((f) => f.responsible === e.key)
          ? 'readOnly'
          : 'foreign';
      case 'user':
        return e.key === this.userOf.get(caller.username) ? 'own' : sameSide ? 'readOnly' : 'foreign';
      // Committees are read by the tenants of their subtree and, by name, below them.
      case 'committee':
        return within(at, e.owner) || within(e.owner, at) ? 'readOnly' : 'foreign';
      case 'project':
        return e.shared ? 'readOnly' : 'foreign';
      case 'assignment':
        return sameSide && e.owner !== 'C' ? 'readOnly' : 'foreign';
      case 'activity':
        return (e.findings ?? []).some(handedToMe) ? 'readOnly' : 'foreign';
      case 'finding':
        return handedToMe(e.key) ? 'readOnly' : 'foreign';
      case 'evidence':
        return (e.findings ?? []).some(handedToMe) ? 'readOnly' : 'foreign';
      case 'handoff':
        return e.department === mine ? 'own' : 'foreign';
      case 'extensionRequest':
      case 'evaluation':
      case 'escalation':
        return this.get(e.handoff as string).department === mine ? 'own' : 'foreign';
      case 'notification':
        return e.department === mine ? 'own' : 'foreign';
      // A unit reads the letters addressed to it, nothing else the platform wrote.
      case 'generatedDocument':
        return e.handoff !== undefined && this.get(e.handoff).department === mine ? 'readOnly' : 'foreign';
      case 'annualPlan':
      case 'planItem':
      case 'localPlan':
      case 'disclosure':
      case 'reportDelivery':
      case 'appraisal':
      case 'appraisalSubject':
      case 'appraisalGroup':
      case 'collaboratingBody':
      case 'referral':
      case 'expert':
      case 'expertConflict':
      case 'expertAssignment':
      case 'deputy':
      case 'deputyParticipation':
        return 'foreign';
      // A unit answers the opinions sent to it, and sees the session (and report) they came from.
      case 'reviewOpinion':
        return e.department === mine ? 'own' : 'foreign';
      case 'session':
      case 'sessionReport':
        return e.department === mine ? 'readOnly' : 'foreign';
    }
  }

  /** What the caller must never be shown. */
  forbidden(caller: Caller): Forbidden {
    const forbidden = emptyForbidden();
    for (const entity of this.entities.values()) {
      if (this.standing(caller, entity) !== 'foreign') {
        continue;
      }
      const what = `${entity.kind} ${entity.key}`;
      forbidden.exact.set(entity.value, what);
      for (const exact of entity.exacts) {
        forbidden.exact.set(exact, what);
      }
      for (const marker of entity.markers) {
        forbidden.markers.set(marker, what);
      }
    }
    return forbidden;
  }

  /** What nobody without signing in may be shown: everything of the world. */
  forbiddenToAnyone(): Forbidden {
    const forbidden = emptyForbidden();
    for (const entity of this.entities.values()) {
      const what = `${entity.kind} ${entity.key}`;
      for (const value of [entity.value, ...entity.exacts]) {
        forbidden.exact.set(value, what);
      }
      for (const marker of entity.markers) {
        forbidden.markers.set(marker, what);
      }
    }
    return forbidden;
  }

  /**
   * What the caller's mutations must leave alone: everything it may not act on, and the ADMIN catalogue.
   * For a mutation acting in the caller's own tenant only, that includes its subtree's tenants (so every
   * row of a township is watched while a county administers) and their units, committees and accounts.
   */
  protectedFrom(caller: Caller, scope: ActScope = 'subtree'): Protected {
    const ids: string[] = [];
    const keys = [this.globals.methodCode, this.globals.day];
    for (const entity of this.entities.values()) {
      if (this.standingFor(caller, entity, scope) === 'own' || entity.kind === 'tenantCode') {
        continue;
      }
      (entity.kind === 'evidence' ? keys : ids).push(entity.value);
    }
    return { ids, keys };
  }

  /** Entities of a kind by standing, mixed across owners so that a short sample reaches every tenant. */
  pool(caller: Caller, kind: Kind, standings: Standing[], scope: ActScope = 'subtree'): Entity[] {
    const byOwner = new Map<TenantKey, Entity[]>();
    for (const entity of this.entities.values()) {
      if (entity.kind === kind && standings.includes(this.standingFor(caller, entity, scope))) {
        byOwner.set(entity.owner, [...(byOwner.get(entity.owner) ?? []), entity]);
      }
    }
    const lists = [...byOwner.values()];
    const mixed: Entity[] = [];
    for (let i = 0; lists.some((list) => i < list.length); i += 1) {
      for (const list of lists) {
        const entity = list[i];
        if (entity) {
          mixed.push(entity);
        }
      }
    }
    return mixed;
  }

  /** Whether the user entity is the account of one of the callers. */
  isCallerAccount(entity: Entity): boolean {
    return this.callers.some((caller) => this.userOf.get(caller.username) === entity.key);
  }

  /** Remembers the callers' accounts as they are, for restoreCallerAccounts. */
  async rememberCallerAccounts(dataSource: DataSource): Promise<void> {
    this.accountStates = (await dataSource.query(ACCOUNT_STATE, [
      this.callers.map((c) => c.username),
    ])) as AccountState[];
  }

  /**
   * Puts the callers' accounts back as they were (password, disabled, must change password, roles, unit,
   * committee) and answers whose had changed. A probe that disabled or reset another caller's account is a
   * failure of the caller that sent it; putting the account back keeps the callers after it able to sign in.
   */
  async restoreCallerAccounts(dataSource: DataSource): Promise<string[]> {
    const now = (await dataSource.query(ACCOUNT_STATE, [
      this.callers.map((c) => c.username),
    ])) as AccountState[];
    const changed: string[] = [];
    for (const was of this.accountStates) {
      const is = now.find((row) => row.id === was.id);
      if (JSON.stringify(is) === JSON.stringify(was)) {
        continue;
      }
      changed.push(was.username);
      await dataSource.query(
        `UPDATE account SET password_hash = $2, disabled_at = $3, must_change_password = $4, roles = $5::text[],
           department_id = $6, committee_id = $7, display_name = $8 WHERE id = $1`,
        [
          was.id,
          was.password_hash,
          was.disabled_at,
          was.must_change_password,
          was.roles,
          was.department_id,
          was.committee_id,
          was.display_name,
        ],
      );
    }
    return changed;
  }
}

/**
 * Who probes: every role at the county and township of side A, and each tier of side B against A; committee
 * staff on each side (the 统筹办, which presses committees, and a committee's staff, who see only the
 * projects their committee leads).
 */
export const CALLERS: ReadonlyArray<Omit<Caller, 'username' | 'side'>> = [
  { label: 'county A coordinator', role: 'COORDINATOR', tenant: 'cA', department: null },
  { label: 'county A member', role: 'MEMBER', tenant: 'cA', department: null },
  { label: 'county A viewer', role: 'VIEWER', tenant: 'cA', department: null },
  { label: 'county A market department', role: 'DEPARTMENT', tenant: 'cA', department: 'D-cA-market' },
  {
    label: 'county A coordination office (统筹办)',
    role: 'COORDINATOR',
    tenant: 'cA',
    department: null,
    committee: 'tongchou',
  },
  { label: 'township A1 coordinator', role: 'COORDINATOR', tenant: 'tA1', department: null },
  { label: 'township A1 member', role: 'MEMBER', tenant: 'tA1', department: null },
  { label: 'township A1 government department', role: 'DEPARTMENT', tenant: 'tA1', department: 'D-tA1-gov' },
  { label: 'county B coordinator', role: 'COORDINATOR', tenant: 'cB', department: null },
  {
    label: 'county B finance committee staff (财经委)',
    role: 'MEMBER',
    tenant: 'cB',
    department: null,
    committee: 'caijing',
  },
  { label: 'township B1 coordinator', role: 'COORDINATOR', tenant: 'tB1', department: null },
  { label: 'county B market department', role: 'DEPARTMENT', tenant: 'cB', department: 'D-cB-market' },
];

const RECORD_ACTIVITY = `mutation ($assignmentId: ID!, $input: ActivityInput!) {
  recordActivity(assignmentId: $assignmentId, input: $input) { id } }`;
const CREATE_ANNUAL_PLAN =
  'mutation ($input: AnnualPlanInput!) { createAnnualPlan(input: $input) { id items { id } } }';
const SIGN = 'mutation ($id: ID!) { signHandoff(id: $id) { id } }';
const REPORT = `mutation ($id: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $id, input: $input) { id } }`;
const REQUEST_EXTENSION = `mutation ($id: ID!, $until: DateTime!, $reason: String!) {
  requestExtension(handoffId: $id, until: $until, reason: $reason) { extensions { id } } }`;
const REQUEST_TRANSFER =
  'mutation ($id: ID!, $reason: String!) { requestTransfer(handoffId: $id, reason: $reason) { id } }';
const ESCALATE = `mutation ($id: ID!, $reason: String!) {
  escalateHandoff(handoffId: $id, reason: $reason) { id escalations { id reason } } }`;
const PLAN_STAGES =
  'mutation ($id: ID!, $m: [MilestoneInput!]!) { planHandoffMilestones(handoffId: $id, milestones: $m) { id } }';
const VERIFY_FINDINGS = `mutation ($id: ID!, $input: HandoffVerificationInput!) {
  verifyHandoffFindings(handoffId: $id, input: $input) { id } }`;
const EVALUATE =
  'mutation ($id: ID!) { createEvaluation(handoffId: $id, scheme: THREE_GRADE, eligible: 10) { id } }';
const RECORD_INDICATOR_VALUE = `mutation ($projectId: ID!, $input: IndicatorValueInput!) {
  recordIndicatorValue(projectId: $projectId, input: $input) { id } }`;
const CREATE_METHOD =
  'mutation ($code: String!, $name: String!) { createSupervisionMethod(code: $code, name: $name) { code } }';
const SET_DAY =
  'mutation ($day: String!, $note: String!) { setCalendarDay(day: $day, working: true, note: $note) }';
const SET_LEAD = `mutation ($projectId: ID!, $committeeId: ID) {
  setLeadCommittee(projectId: $projectId, committeeId: $committeeId) { id } }`;
const CREATE_COMMITTEE = 'mutation ($input: CommitteeInput!) { createCommittee(input: $input) { id } }';
const RETIRE_COMMITTEE = 'mutation ($id: ID!) { retireCommittee(id: $id) { id } }';
const CREATE_UNIT = 'mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id } }';
const RETIRE_UNIT = 'mutation ($id: ID!) { retireDepartment(id: $id) { id } }';
const CREATE_ACCOUNT = `mutation ($input: AccountInput!) {
  createAccount(input: $input) { account { id } } }`;
const DISABLE_ACCOUNT = 'mutation ($id: ID!) { disableAccount(id: $id) { id } }';

const GENERATE_LETTER = `mutation ($id: ID!) {
  generateHandoffLetter(handoffId: $id, kind: HANDOFF) { id number file { sha256 } } }`;
const GENERATE_REPORT = `mutation ($id: ID!) {
  generateProjectReport(projectId: $id) { id number file { sha256 } } }`;
const DELIVER_REPORT = `mutation ($id: ID!, $input: ReportDeliveryInput!) {
  recordReportDelivery(documentId: $id, input: $input) { id } }`;

const RECORD_SESSION =
  'mutation ($input: SessionInput!) { recordSession(input: $input) { id reports { id } } }';
const ISSUE_OPINION = `mutation ($input: ReviewOpinionInput!) {
  issueReviewOpinion(input: $input) { id items { id } } }`;

const ADD_BODY = 'mutation ($input: CollaboratingBodyInput!) { addCollaboratingBody(input: $input) { id } }';
const REFER_FINDING =
  'mutation ($id: ID!, $input: ReferralInput!) { referFinding(findingId: $id, input: $input) { id } }';
const REFER_HANDOFF =
  'mutation ($id: ID!, $input: ReferralInput!) { referHandoff(handoffId: $id, input: $input) { id } }';
const RECORD_RECEIPT = `mutation ($id: ID!, $no: String!, $on: String!) {
  recordReferralReceipt(id: $id, receiptNo: $no, receivedOn: $on) { id } }`;
const PROPOSE_DISCLOSURE = `mutation ($input: ProposeDisclosureInput!) {
  proposeDisclosure(input: $input) { id title } }`;
const REJECT_DISCLOSURE =
  'mutation ($id: ID!, $reason: String!) { rejectDisclosure(id: $id, reason: $reason) { id } }';
const REDACT_DISCLOSURE =
  'mutation ($id: ID!, $body: String!) { redactDisclosure(id: $id, body: $body) { id } }';
const APPROVE_DISCLOSURE = 'mutation ($id: ID!) { approveDisclosure(id: $id) { id } }';
const PUBLISH_DISCLOSURE = `mutation ($id: ID!, $input: PublishDisclosureInput!) {
  publishDisclosure(id: $id, input: $input) { id } }`;

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Builds the world through the API, as its people would: the city's joint project published to both
 * counties (and to the city itself), cascaded by each county to its two townships; on each side local
 * plans, covert activities, findings reported, returned, accepted, handed to the county's departments,
 * signed, reported on, extended, transferred, escalated, closed and evaluated, evidence cited, the
 * county's own unpublished project and draft annual plan; the city's own project, plan, finding and
 * handoff besides. The platform's worker must be running: the build waits until it has told each
 * department of its handoffs, so that queued work is done before anybody probes.
 */
export async function buildWorld(platform: Platform): Promise<World> {
  const world = new World(String(randomInt(1e8, 1e9)));
  const tree = await createTenantTree(platform.dataSource, 2, 2);
  const [countyA, countyB] = tree.counties as [string, string];
  const codes: Record<TenantKey, string> = {
    C: tree.city,
    cA: countyA,
    tA1: tree.townships[countyA]![0]!,
    tA2: tree.townships[countyA]![1]!,
    cB: countyB,
    tB1: tree.townships[countyB]![0]!,
    tB2: tree.townships[countyB]![1]!,
  };
  world.codes = new Map(Object.entries(codes) as Array<[TenantKey, string]>);
  const as = (key: TenantKey, department?: string) =>
    platform.as(department ? `${codes[key]}-${department}` : codes[key]);
  const city = await as('C');

  for (const key of Object.keys(codes) as TenantKey[]) {
    const id = await tenantId(city, codes[key]);
    const name = (
      (await platform.dataSource.query('SELECT name FROM tenant WHERE id = $1', [id])) as Array<{
        name: string;
      }>
    )[0]!.name;
    world.add({ key: `T-${key}`, kind: 'tenant', value: id, owner: key, exacts: [name] });
    world.add({ key: `TC-${key}`, kind: 'tenantCode', value: codes[key], owner: key, exacts: [name] });
    const client = await as(key);
    for (const department of key.startsWith('t') ? ['gov'] : ['gov', 'market']) {
      world.add({
        key: `D-${key}-${department}`,
        kind: 'department',
        value: await departmentId(client, codes[key], department),
        owner: key,
      });
    }
  }

  await organisation(world, platform, codes);

  for (const caller of CALLERS) {
    const code = codes[caller.tenant];
    let username = code;
    if (caller.role === 'DEPARTMENT') {
      username = `${code}-${caller.department!.split('-').pop()!}`;
    } else if (caller.committee) {
      username = `${code}-${caller.committee}`;
    } else if (caller.role !== 'COORDINATOR') {
      username = await createAccount(platform.dataSource, code, caller.role);
    }
    world.callers.push({ ...caller, username, side: sideOf(caller.tenant)! });
  }

  // The callers, some units' and offices' accounts, and the seed's committee staff of the city and counties.
  const users = new Set([
    ...world.callers.map((c) => c.username),
    codes.C,
    `${codes.C}-gov`,
    ...(['cA', 'cB'] as const).flatMap((k) => [`${codes[k]}-gov`]),
    codes.tA2,
    codes.tB2,
    ...[...world.entities.values()]
      .filter((e) => e.kind === 'committee' && !e.key.endsWith('-fz') && !e.key.endsWith('-fzr'))
      .map((e) => `${codes[e.owner]}-${e.code!}`),
  ]);
  const accounts = (await platform.dataSource.query(
    'SELECT id, username FROM account WHERE username = ANY($1::text[])',
    [[...users]],
  )) as Array<{ id: string; username: string }>;
  for (const username of users) {
    const key = `U-${username}`;
    const ownerCode = username.split('-')[0]!;
    const owner = (Object.keys(codes) as TenantKey[]).find((k) => codes[k] === ownerCode)!;
    const account = accounts.find((a) => a.username === username);
    if (!account) {
      throw new Error(`no account ${username} in the world`);
    }
    world.add({ key, kind: 'user', value: account.id, owner, exacts: [username] });
    world.userOf.set(username, key);
  }

  // The catalogue entries only ADMIN may change.
  world.globals = {
    methodCode: `FUZZ_${world.run}`,
    day: '2099-12-31',
    admin: await createAccount(platform.dataSource, codes.C, 'ADMIN'),
  };
  const admin = await platform.as(world.globals.admin);
  await admin.ok(CREATE_METHOD, { code: world.globals.methodCode, name: `模糊测试方式${world.run}` });
  await admin.ok(SET_DAY, { day: world.globals.day, note: `模糊测试${world.run}` });

  // The city: a project published to itself and both counties, its own finding and handoff, private work.
  const shared = await publishedProject(city, [codes.C, codes.cA, codes.cB]);
  world.add({ key: 'P', kind: 'project', value: shared.projectId, owner: 'C', shared: true });
  // Led by the city's 财经委: the counties' 财经委 staff follow it, and see their side's findings of it.
  await city.ok(SET_LEAD, { projectId: shared.projectId, committeeId: world.get('CM-C-caijing').value });
  const assignmentOf = (code: string) => shared.assignments.find((a) => a.tenant.code === code)!.id;
  world.add({ key: 'S-C', kind: 'assignment', value: assignmentOf(codes.C), owner: 'C' });
  await city.ok(ACKNOWLEDGE, { id: assignmentOf(codes.C) });
  await submit(world, city, assignmentOf(codes.C), 'C', ['F-C']);
  await handOver(world, city, 'C', 'H-C', ['F-C'], 'D-C-gov');
  await privateWork(world, city, 'C');
  await sessionWork(world, city, 'C', 'C');
  await appraisalWork(world, city, 'C', 'C');

  for (const side of ['A', 'B'] as const) {
    const c = `c${side}` as TenantKey;
    const t1 = `t${side}1` as TenantKey;
    const t2 = `t${side}2` as TenantKey;
    const county = await as(c);
    const [township1, township2] = [await as(t1), await as(t2)];
    const market = await as(c, 'market');
    const gov = await as(c, 'gov');

    world.add({ key: `S-${c}`, kind: 'assignment', value: assignmentOf(codes[c]), owner: c });
    await county.ok(ACKNOWLEDGE, { id: assignmentOf(codes[c]) });
    const cascaded = await county.ok<{
      publishJointProject: Array<{ id: string; tenant: { code: string } }>;
    }>(PUBLISH, {
      id: shared.projectId,
      targets: {
        tenantIds: [world.get(`T-${t1}`).value, world.get(`T-${t2}`).value],
        includeDescendants: false,
      },
    });
    for (const [t, client] of [
      [t1, township1],
      [t2, township2],
    ] as const) {
      const id = cascaded.publishJointProject.find((a) => a.tenant.code === codes[t])!.id;
      world.add({ key: `S-${t}`, kind: 'assignment', value: id, owner: t });
      await client.ok(ACKNOWLEDGE, { id });
    }
    world.get(`S-${c}`).children = [`S-${t1}`, `S-${t2}`];

    const fileLocalPlan = plansOperation('FileLocalPlan');
    for (const [t, client] of [
      [c, county],
      [t1, township1],
    ] as const) {
      const { fileLocalPlan: plan } = await client.ok<{ fileLocalPlan: { id: string } }>(fileLocalPlan, {
        assignmentId: world.get(`S-${t}`).value,
        input: conformingPlan(unifications()),
      });
      world.add({ key: `LP-${t}`, kind: 'localPlan', value: plan.id, owner: t });
    }
    await township1.ok(plansOperation('SubmitMilestone'), {
      assignmentId: world.get(`S-${t1}`).value,
      name: STAGE_NAME,
      note: world.marker(side, `M-${t1}`),
    });

    const evidence = await upload(platform, township1, world.marker(side, `E-${t1}`));
    world.add({
      key: `E-${t1}`,
      kind: 'evidence',
      value: evidence,
      owner: t1,
      markers: [world.marker(side, `E-${t1}`), evidence],
      findings: [`F-${side}1h`],
    });
    for (const [t, client, key] of [
      [t1, township1, `ACT-${side}1`],
      [t2, township2, `ACT-${side}2`],
    ] as const) {
      const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(RECORD_ACTIVITY, {
        assignmentId: world.get(`S-${t}`).value,
        input: {
          method: 'COVERT_VISIT',
          startsAt: '2023-05-10T01:00:00.000Z',
          endsAt: '2023-05-10T05:00:00.000Z',
          location: world.marker(side, `${key}-地点`),
          summary: world.marker(side, key),
          participants: { members: 2, deputies: 3, experts: 1, staff: 2 },
          covert: true,
        },
      });
      world.add({
        key,
        kind: 'activity',
        value: recordActivity.id,
        owner: t,
        markers: [world.marker(side, key), world.marker(side, `${key}-地点`)],
        findings: [],
      });
    }
    world.get(`ACT-${side}1`).findings = [`F-${side}1h`];

    await submit(
      world,
      township1,
      world.get(`S-${t1}`).value,
      t1,
      [`F-${side}1h`, `F-${side}1o`, `F-${side}1c`],
      {
        [`F-${side}1h`]: {
          activityId: world.get(`ACT-${side}1`).value,
          departmentId: world.get(`D-${t1}-gov`).value,
          evidence: [evidence],
        },
      },
    );
    world.get(`F-${side}1h`).responsible = `D-${t1}-gov`;
    await expertWork(world, platform, township1, t1, side);
    await submit(world, township2, world.get(`S-${t2}`).value, t2, [`F-${side}2h`, `F-${side}2o`]);
    const ids = (...keys: string[]) => keys.map((k) => world.get(k).value);
    await county.ok(REVIEW, { ids: ids(`F-${side}1h`, `F-${side}1c`, `F-${side}2h`), accept: true });
    const returned = world.marker(side, `F-${side}1o-退回`);
    await county.ok(REVIEW, { ids: ids(`F-${side}1o`), accept: false, reason: returned });
    world.get(`F-${side}1o`).markers.push(returned);
    await submit(world, county, world.get(`S-${c}`).value, c, [`F-${c}`]);
    await city.ok(REVIEW, { ids: ids(`F-${c}`), accept: true });

    await handOver(world, county, c, `H-${side}`, [`F-${side}1h`, `F-${side}2h`], `D-${c}-market`);
    await handOver(world, county, c, `H2-${side}`, [`F-${c}`], `D-${c}-gov`);
    await handOver(world, county, c, `H3-${side}`, [`F-${side}1c`], `D-${c}-market`);

    const h = world.get(`H-${side}`);
    await market.ok(SIGN, { id: h.value });
    h.markers.push(world.marker(side, `H-${side}-措施`), world.marker(side, `H-${side}-延期`));
    await market.ok(REPORT, {
      id: h.value,
      input: { measures: world.marker(side, `H-${side}-措施`), percentDone: 40, final: false },
    });
    const extended = await market.ok<{ requestExtension: { extensions: Array<{ id: string }> } }>(
      REQUEST_EXTENSION,
      { id: h.value, until: inDays(60), reason: world.marker(side, `H-${side}-延期`) },
    );
    world.add({
      key: `X-${side}`,
      kind: 'extensionRequest',
      value: extended.requestExtension.extensions[0]!.id,
      owner: c,
      handoff: h.key,
    });
    await county.ok(PLAN_STAGES, { id: h.value, m: [{ name: STAGE_NAME, dueAt: inDays(20) }] });
    h.markers.push(world.marker(side, `H-${side}-督办`));
    const { escalateHandoff } = await county.ok<{
      escalateHandoff: { escalations: Array<{ id: string; reason: string }> };
    }>(ESCALATE, { id: h.value, reason: world.marker(side, `H-${side}-督办`) });
    world.add({
      key: `ES-${side}`,
      kind: 'escalation',
      value: escalateHandoff.escalations.find((e) => e.reason === world.marker(side, `H-${side}-督办`))!.id,
      owner: c,
      handoff: h.key,
    });

    const h2 = world.get(`H2-${side}`);
    h2.markers.push(world.marker(side, `H2-${side}-退办`));
    await gov.ok(REQUEST_TRANSFER, { id: h2.value, reason: world.marker(side, `H2-${side}-退办`) });

    const h3 = world.get(`H3-${side}`);
    await market.ok(SIGN, { id: h3.value });
    h3.markers.push(world.marker(side, `H3-${side}-办结`));
    // The final report's proof is seen with the handoff: as its one finding is.
    const proof = await upload(platform, market, world.marker(side, `E-H3-${side}`));
    world.add({
      key: `E-H3-${side}`,
      kind: 'evidence',
      value: proof,
      owner: c,
      markers: [world.marker(side, `E-H3-${side}`), proof],
      findings: [`F-${side}1c`],
    });
    await market.ok(REPORT, {
      id: h3.value,
      input: {
        measures: world.marker(side, `H3-${side}-办结`),
        percentDone: 100,
        final: true,
        evidence: [{ sha256: proof, findingId: world.get(`F-${side}1c`).value }],
      },
    });
    h3.markers.push(world.marker(side, `H3-${side}-核查`), world.marker(side, `H3-${side}-核查人`));
    await county.ok(VERIFY_FINDINGS, {
      id: h3.value,
      input: {
        method: 'ON_SITE',
        verifiers: [{ name: world.marker(side, `H3-${side}-核查人`), deputy: true }],
        results: [{ findingId: world.get(`F-${side}1c`).value, result: 'PASSED' }],
        opinion: world.marker(side, `H3-${side}-核查`),
      },
    });
    const evaluated = await county.ok<{ createEvaluation: { id: string } }>(EVALUATE, { id: h3.value });
    world.add({
      key: `EV-${side}`,
      kind: 'evaluation',
      value: evaluated.createEvaluation.id,
      owner: c,
      handoff: h3.key,
    });
    await disclosures(world, county, await as(c, 'tongchou'), c, side);
    await referrals(world, county, c, side);

    // 统一效果: the county and a township enter actuals of the shared project, their sources marked.
    for (const [t, client] of [
      [c, county],
      [t1, township1],
    ] as const) {
      const source = world.marker(side, `IV-${t}`);
      world.get(`S-${t}`).markers.push(source);
      await client.ok(RECORD_INDICATOR_VALUE, {
        projectId: shared.projectId,
        input: { code: 'I1', value: 88, source, measuredOn: '2023-06-30' },
      });
    }

    await documents(world, county, c, side);
    await privateWork(world, county, c);
    await sessionWork(world, county, c, side);
    await appraisalWork(world, county, c, side);
    await deputyWork(world, county, c, side, { kind: 'APPRAISAL', key: `PY-${c}` });
    await deputyWork(world, county, c, side, { kind: 'VERIFICATION', key: `H3-${side}` });
    await deputyWork(world, township1, t1, side, { kind: 'ACTIVITY', key: `ACT-${side}1` });
    await namesakeDeputy(world, county, c, side);
    await county.ok(SET_LEAD, {
      projectId: world.get(`R-${c}`).value,
      committeeId: world.get(`CM-${c}-fz`).value,
    });
  }

  await settleQueuedWork(platform, world);
  await collectNotifications(platform, world, codes);
  await world.rememberCallerAccounts(platform.dataSource);
  return world;
}

/**
 * The county's disclosures of its closed handoff H3: one refused (its title marked, never to be published,
 * so it stays private through the whole run) and one published by its coordination office with a plain text,
 * which anyone may read without signing in.
 */
async function disclosures(
  world: World,
  county: GraphqlClient,
  office: GraphqlClient,
  owner: TenantKey,
  side: Side,
): Promise<void> {
  const h3 = world.get(`H3-${side}`).value;
  const title = world.marker(side, `DS-${owner}`);
  const { proposeDisclosure: refused } = await county.ok<{ proposeDisclosure: { id: string } }>(
    PROPOSE_DISCLOSURE,
    { input: { subjectKind: 'CLOSURE', subjectId: h3, channel: 'WEBSITE', title } },
  );
  await county.ok(REJECT_DISCLOSURE, { id: refused.id, reason: '涉及尚未办结的信访事项' });
  world.add({ key: `DS-${owner}`, kind: 'disclosure', value: refused.id, owner, markers: [title] });
  const { proposeDisclosure: published } = await county.ok<{
    proposeDisclosure: { id: string; title: string };
  }>(PROPOSE_DISCLOSURE, {
    input: { subjectKind: 'CLOSURE', subjectId: h3, channel: 'WECHAT', title: `整改销号公告 ${world.run}` },
  });
  await county.ok(REDACT_DISCLOSURE, { id: published.id, body: '交办的问题已整改到位,经核查销号。' });
  await office.ok(APPROVE_DISCLOSURE, { id: published.id });
  await office.ok(PUBLISH_DISCLOSURE, {
    id: published.id,
    input: { url: 'https://rd.example.gov.cn/gk/fuzz.html', publishedOn: inDays(0).slice(0, 10) },
  });
  world.published.push({ id: published.id, title: published.title });
}

/**
 * The county's 纪委监委 (its name marked) and two referrals to it (their reasons marked): a township's finding
 * and the county's first ledger item, the first received with a marked receipt number.
 */
async function referrals(world: World, county: GraphqlClient, c: TenantKey, side: Side): Promise<void> {
  const name = world.marker(side, `CB-${c}`);
  const { addCollaboratingBody: body } = await county.ok<{ addCollaboratingBody: { id: string } }>(ADD_BODY, {
    input: { kind: 'DISCIPLINE', name, contact: world.marker(side, `CB-${c}-联系人`) },
  });
  world.add({
    key: `CB-${c}`,
    kind: 'collaboratingBody',
    value: body.id,
    owner: c,
    markers: [name, world.marker(side, `CB-${c}-联系人`)],
  });
  for (const [key, mutation, subject] of [
    [`RF-${side}f`, REFER_FINDING, world.get(`F-${side}1c`).value],
    [`RF-${side}h`, REFER_HANDOFF, world.get(`H-${side}`).value],
  ] as const) {
    const reason = world.marker(side, key);
    const data = await county.ok<Record<string, { id: string }>>(mutation, {
      id: subject,
      input: { bodyId: body.id, reason },
    });
    const referral = Object.values(data)[0]!;
    world.add({ key, kind: 'referral', value: referral.id, owner: c, markers: [reason] });
  }
  const receipt = world.marker(side, `RF-${side}f-文号`);
  await county.ok(RECORD_RECEIPT, {
    id: world.get(`RF-${side}f`).value,
    no: receipt,
    on: shanghaiDay(new Date()),
  });
  world.get(`RF-${side}f`).markers.push(receipt);
}

const ADD_EXPERT = 'mutation ($input: ExpertInput!) { addExpert(input: $input) { id } }';
const DECLARE_EXPERT_CONFLICT = `mutation ($id: ID!, $input: ExpertConflictInput!) {
  declareExpertConflict(expertId: $id, input: $input) { id } }`;
const INVITE_EXPERTS = `mutation ($input: ExpertInvitationInput!) {
  inviteExperts(input: $input) { id } }`;
const RECORD_EXPERT_OPINION = `mutation ($id: ID!, $input: ExpertOpinionInput!) {
  recordExpertOpinion(expertAssignmentId: $id, input: $input) { id } }`;

/**
 * The township's expert pool (专家库): an expert invited to its activity ACT-1 with an opinion filed (its file
 * and summary marked), and one who works at its government with a declared relation (name and note marked).
 */
async function expertWork(
  world: World,
  platform: Platform,
  client: GraphqlClient,
  t: TenantKey,
  side: Side,
): Promise<void> {
  const expert = async (key: string, departmentId: string | null): Promise<string> => {
    const name = world.marker(side, key);
    const { addExpert } = await client.ok<{ addExpert: { id: string } }>(ADD_EXPERT, {
      input: {
        name,
        fields: ['财政预算'],
        organisation: world.marker(side, `${key}-单位`),
        departmentId,
        title: '教授',
        termStartsOn: '2022-01-01',
        termEndsOn: '2099-12-31',
      },
    });
    world.add({
      key,
      kind: 'expert',
      value: addExpert.id,
      owner: t,
      markers: [name, world.marker(side, `${key}-单位`)],
    });
    return addExpert.id;
  };
  const invited = await expert(`EX-${t}`, null);
  const conflicted = await expert(`EX-${t}-gov`, world.get(`D-${t}-gov`).value);
  const note = world.marker(side, `EXC-${t}`);
  const { declareExpertConflict } = await client.ok<{ declareExpertConflict: { id: string } }>(
    DECLARE_EXPERT_CONFLICT,
    {
      id: conflicted,
      input: {
        kind: 'RELATION',
        departmentId: world.get(`D-${t}-gov`).value,
        note,
        declaredOn: '2023-01-05',
      },
    },
  );
  world.add({
    key: `EXC-${t}`,
    kind: 'expertConflict',
    value: declareExpertConflict.id,
    owner: t,
    markers: [note],
  });
  const { inviteExperts } = await client.ok<{ inviteExperts: Array<{ id: string }> }>(INVITE_EXPERTS, {
    input: { activityId: world.get(`ACT-${side}1`).value, expertIds: [invited], subjectDepartmentIds: [] },
  });
  const file = await upload(platform, client, world.marker(side, `EXA-${t}-意见`));
  const summary = world.marker(side, `EXA-${t}-摘要`);
  await client.ok(RECORD_EXPERT_OPINION, { id: inviteExperts[0]!.id, input: { sha256: file, summary } });
  world.add({
    key: `EXA-${t}`,
    kind: 'expertAssignment',
    value: inviteExperts[0]!.id,
    owner: t,
    markers: [summary, world.marker(side, `EXA-${t}-意见`), file],
  });
}

/**
 * The county's 交办函 for its first handoff, its result report on the shared project over its node, and that
 * report sent to the county committee with a planted recipient.
 */
async function documents(world: World, county: GraphqlClient, c: TenantKey, side: Side): Promise<void> {
  const h = world.get(`H-${side}`);
  const { generateHandoffLetter: letter } = await county.ok<{
    generateHandoffLetter: { id: string; number: string; file: { sha256: string } };
  }>(GENERATE_LETTER, { id: h.value });
  world.add({
    key: `DOC-${side}`,
    kind: 'generatedDocument',
    value: letter.id,
    owner: c,
    handoff: h.key,
    file: letter.file.sha256,
    exacts: [letter.file.sha256],
  });
  const { generateProjectReport: report } = await county.ok<{
    generateProjectReport: { id: string; number: string; file: { sha256: string } };
  }>(GENERATE_REPORT, { id: world.get('P').value });
  world.add({
    key: `RPT-${side}`,
    kind: 'generatedDocument',
    value: report.id,
    owner: c,
    file: report.file.sha256,
    exacts: [report.file.sha256, report.number],
  });
  const recipient = world.marker(side, `DLV-${side}-报送`);
  const { recordReportDelivery } = await county.ok<{ recordReportDelivery: { id: string } }>(DELIVER_REPORT, {
    id: report.id,
    input: {
      recipient,
      recipientKind: 'PARTY_COMMITTEE',
      deliveredOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
    },
  });
  world.add({
    key: `DLV-${side}`,
    kind: 'reportDelivery',
    value: recordReportDelivery.id,
    owner: c,
    markers: [recipient],
  });
}

const ADD_DEPUTY = 'mutation ($input: DeputyInput!) { addDeputy(input: $input) { id } }';
const INVITE_DEPUTIES = `mutation ($input: InviteDeputiesInput!) {
  inviteDeputies(input: $input) { id } }`;

/** A deputy of the tier's roster (name, constituency and post marked), named for one of the tier's targets. */
async function deputyWork(
  world: World,
  client: GraphqlClient,
  owner: TenantKey,
  side: Side,
  target: { kind: 'ACTIVITY' | 'VERIFICATION' | 'APPRAISAL'; key: string },
): Promise<void> {
  const key = `DP-${owner}-${target.kind}`;
  const [name, constituency, workplace, role] = ['', '-选区', '-单位', '-角色'].map((k) =>
    world.marker(side, `${key}${k}`),
  ) as [string, string, string, string];
  const { addDeputy } = await client.ok<{ addDeputy: { id: string } }>(ADD_DEPUTY, {
    input: {
      name,
      level: 'COUNTY',
      constituency,
      term: '第十八届',
      termStartsOn: '2021-10-01',
      termEndsOn: '2099-12-31',
      workplace,
    },
  });
  world.add({ key, kind: 'deputy', value: addDeputy.id, owner, markers: [name, constituency, workplace] });
  const { inviteDeputies } = await client.ok<{ inviteDeputies: Array<{ id: string }> }>(INVITE_DEPUTIES, {
    input: {
      target: { kind: target.kind, id: world.get(target.key).value },
      deputyIds: [addDeputy.id],
      role,
    },
  });
  world.add({
    key: `${key}-P`,
    kind: 'deputyParticipation',
    value: inviteDeputies[0]!.id,
    owner,
    markers: [role],
  });
}

/**
 * A deputy of the county's roster whose name, level and term are no secret (its constituency and post are
 * marked): a roster import elsewhere naming the same person must add to the importer's own roster, never
 * refresh this one.
 */
async function namesakeDeputy(
  world: World,
  client: GraphqlClient,
  owner: TenantKey,
  side: Side,
): Promise<void> {
  const key = `DP-${owner}-namesake`;
  const name = `同名代表${world.run}${owner}`;
  const [constituency, workplace] = ['-选区', '-单位'].map((k) => world.marker(side, `${key}${k}`)) as [
    string,
    string,
  ];
  const { addDeputy } = await client.ok<{ addDeputy: { id: string } }>(ADD_DEPUTY, {
    input: {
      name,
      level: 'COUNTY',
      constituency,
      term: '第十八届',
      termStartsOn: '2021-10-01',
      termEndsOn: '2099-12-31',
      workplace,
    },
  });
  world.add({ key, kind: 'deputy', value: addDeputy.id, owner, name, markers: [constituency, workplace] });
}

const CREATE_APPRAISAL = `mutation ($input: AppraisalInput!) {
  createAppraisal(input: $input) { id subjects { id } groups { id } } }`;

/** An office's appraisal (评议) of a person its 人民政府 answers for, by one voter group, all marked. */
async function appraisalWork(
  world: World,
  client: GraphqlClient,
  owner: TenantKey,
  side: Side | 'C',
): Promise<void> {
  const [title, person, group] = ['PY', 'PS', 'PG'].map((k) => world.marker(side, `${k}-${owner}`)) as [
    string,
    string,
    string,
  ];
  const { createAppraisal } = await client.ok<{
    createAppraisal: { id: string; subjects: Array<{ id: string }>; groups: Array<{ id: string }> };
  }>(CREATE_APPRAISAL, {
    input: {
      title,
      kind: 'PERFORMANCE',
      scheme: 'THREE_GRADE',
      heldOn: inDays(-1).slice(0, 10),
      subjects: [
        { kind: 'PERSON', name: person, post: '员额法官', departmentId: world.get(`D-${owner}-gov`).value },
      ],
      groups: [{ name: group, kind: 'MEMBERS', eligible: 10 }],
    },
  });
  world.add({
    key: `PY-${owner}`,
    kind: 'appraisal',
    value: createAppraisal.id,
    owner,
    markers: [title, person, group],
  });
  world.add({
    key: `PS-${owner}`,
    kind: 'appraisalSubject',
    value: createAppraisal.subjects[0]!.id,
    owner,
    markers: [person],
  });
  world.add({
    key: `PG-${owner}`,
    kind: 'appraisalGroup',
    value: createAppraisal.groups[0]!.id,
    owner,
    markers: [group],
  });
}

/**
 * An office's sitting (its title and the report it deliberated marked) and the review opinion it sent to the
 * office's 人民政府, whose one item is a ledger item of the unit's like any handoff.
 */
async function sessionWork(
  world: World,
  client: GraphqlClient,
  owner: TenantKey,
  side: Side | 'C',
): Promise<void> {
  const [session, report, opinion, item] = ['SE', 'SR', 'O', 'OI'].map((k) =>
    world.marker(side, `${k}-${owner}`),
  ) as [string, string, string, string];
  const gov = `D-${owner}-gov`;
  const { recordSession } = await client.ok<{
    recordSession: { id: string; reports: Array<{ id: string }> };
  }>(RECORD_SESSION, {
    input: {
      kind: 'STANDING_COMMITTEE',
      number: 3,
      heldOn: inDays(-1),
      title: session,
      reports: [{ title: report }],
    },
  });
  world.add({
    key: `SE-${owner}`,
    kind: 'session',
    value: recordSession.id,
    owner,
    department: gov,
    markers: [session, report],
  });
  world.add({
    key: `SR-${owner}`,
    kind: 'sessionReport',
    value: recordSession.reports[0]!.id,
    owner,
    department: gov,
    markers: [report],
  });
  const { issueReviewOpinion } = await client.ok<{
    issueReviewOpinion: { id: string; items: Array<{ id: string }> };
  }>(ISSUE_OPINION, {
    input: {
      sessionId: recordSession.id,
      departmentId: world.get(gov).value,
      title: opinion,
      items: [item],
      deadline: inDays(60),
    },
  });
  world.add({
    key: `O-${owner}`,
    kind: 'reviewOpinion',
    value: issueReviewOpinion.id,
    owner,
    department: gov,
    markers: [opinion, item],
  });
  world.add({
    key: `OI-${owner}`,
    kind: 'handoff',
    value: issueReviewOpinion.items[0]!.id,
    owner,
    department: gov,
    findings: [],
    markers: [item],
  });
}

/**
 * Each office's organisation: the seed's committees of the city and the counties, and planted ones whose
 * codes and names are unique to their tenant and run. The city plants a committee; each county an active
 * and a retired committee, an active and a retired unit, a staff member of its committee and a disabled
 * account; each side's first township a committee and a staff member. Planted accounts come first among
 * a tenant's users, so that a probe naming one of the caller's own accounts takes one nobody signs in with.
 */
async function organisation(
  world: World,
  platform: Platform,
  codes: Record<TenantKey, string>,
): Promise<void> {
  const tenants = Object.keys(codes) as TenantKey[];
  const seeded = (await platform.dataSource.query(
    `SELECT c.id, c.code, t.code AS tenant FROM committee c JOIN tenant t ON t.id = c.tenant_id
      WHERE t.code = ANY($1::text[]) ORDER BY t.code, c.code`,
    [Object.values(codes)],
  )) as Array<{ id: string; code: string; tenant: string }>;
  for (const row of seeded) {
    const owner = tenants.find((k) => codes[k] === row.tenant)!;
    world.add({ key: `CM-${owner}-${row.code}`, kind: 'committee', value: row.id, owner, code: row.code });
  }
  for (const owner of ['C', 'cA', 'tA1', 'cB', 'tB1'] as const) {
    const client = await platform.as(codes[owner]);
    const side = owner === 'C' ? 'C' : (sideOf(owner) as Side);
    const code = (suffix: string) => `fz-${owner.toLowerCase()}${suffix}-${world.run}`;
    const plant = async (key: string, kind: 'committee' | 'department', retire: boolean): Promise<Entity> => {
      const name = world.marker(side, key);
      const input = { code: code(`${kind === 'committee' ? '' : '-d'}${retire ? '-r' : ''}`), name };
      const planted =
        kind === 'committee'
          ? (await client.ok<{ createCommittee: { id: string } }>(CREATE_COMMITTEE, { input }))
              .createCommittee
          : (
              await client.ok<{ createDepartment: { id: string } }>(CREATE_UNIT, {
                input: { ...input, kind: 'GOVERNMENT_DEPARTMENT' },
              })
            ).createDepartment;
      if (retire) {
        await client.ok(kind === 'committee' ? RETIRE_COMMITTEE : RETIRE_UNIT, { id: planted.id });
      }
      return world.add({
        key,
        kind,
        value: planted.id,
        owner,
        markers: [name],
        exacts: [input.code],
        code: input.code,
      });
    };
    const committee = await plant(`CM-${owner}-fz`, 'committee', false);
    if (owner === 'C') {
      continue;
    }
    const staff = async (key: string, committeeId?: string): Promise<string> => {
      const username = code(key.endsWith('d') ? '-ud' : '-u');
      const displayName = world.marker(side, key);
      const { createAccount: issued } = await client.ok<{ createAccount: { account: { id: string } } }>(
        CREATE_ACCOUNT,
        { input: { username, displayName, roles: ['MEMBER'], committeeId } },
      );
      world.add({
        key,
        kind: 'user',
        value: issued.account.id,
        owner,
        markers: [displayName],
        exacts: [username],
      });
      return issued.account.id;
    };
    if (owner.startsWith('t')) {
      await staff(`U-${owner}-fz`);
      continue;
    }
    await staff(`U-${owner}-fz`, committee.value);
    await client.ok(DISABLE_ACCOUNT, { id: await staff(`U-${owner}-fzd`) });
    await plant(`CM-${owner}-fzr`, 'committee', true);
    await plant(`D-${owner}-fz`, 'department', false);
    await plant(`D-${owner}-fzr`, 'department', true);
  }
}

/** Reports findings with planted markers; the keys name them in the world. */
async function submit(
  world: World,
  client: GraphqlClient,
  assignmentId: string,
  owner: TenantKey,
  keys: string[],
  extra: Record<string, Record<string, unknown>> = {},
): Promise<void> {
  const side = owner === 'C' ? 'C' : (sideOf(owner) as Side);
  const { submitFindings } = await client.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
    assignmentId,
    findings: keys.map((key) =>
      findingInput({
        title: world.marker(side, key),
        description: `${world.marker(side, `${key}-描述`)} 群众反映办事需往返多次`,
        ...extra[key],
      }),
    ),
  });
  keys.forEach((key, index) =>
    world.add({
      key,
      kind: 'finding',
      value: submitFindings[index]!.id,
      owner,
      markers: [world.marker(side, key), world.marker(side, `${key}-描述`)],
    }),
  );
}

async function handOver(
  world: World,
  client: GraphqlClient,
  owner: TenantKey,
  key: string,
  findings: string[],
  department: string,
): Promise<void> {
  const side = owner === 'C' ? 'C' : (sideOf(owner) as Side);
  const letterNo = world.marker(side, `${key}-函`);
  const { handOffFindings } = await client.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
    input: {
      findingIds: findings.map((f) => world.get(f).value),
      departmentId: world.get(department).value,
      deadline: inDays(30),
      letterNo,
    },
  });
  world.add({
    key,
    kind: 'handoff',
    value: handOffFindings.id,
    owner,
    markers: [letterNo],
    department,
    findings,
  });
  for (const finding of findings) {
    world.get(finding).handoff = key;
  }
}

/** A tenant's own unpublished joint project and draft annual plan with an item. */
async function privateWork(world: World, client: GraphqlClient, owner: TenantKey): Promise<void> {
  const side = owner === 'C' ? 'C' : (sideOf(owner) as Side);
  const title = world.marker(side, `R-${owner}`);
  const { createJointProject } = await client.ok<{ createJointProject: { id: string } }>(CREATE_PROJECT, {
    input: projectInput({ title }),
  });
  world.add({ key: `R-${owner}`, kind: 'project', value: createJointProject.id, owner, markers: [title] });
  const planTitle = world.marker(side, `AP-${owner}`);
  const itemTitle = world.marker(side, `PI-${owner}`);
  const { createAnnualPlan } = await client.ok<{
    createAnnualPlan: { id: string; items: Array<{ id: string }> };
  }>(CREATE_ANNUAL_PLAN, {
    input: { year: 2023, title: planTitle, items: [{ title: itemTitle, isKey: true, isJoint: true }] },
  });
  world.add({
    key: `AP-${owner}`,
    kind: 'annualPlan',
    value: createAnnualPlan.id,
    owner,
    markers: [planTitle],
  });
  world.add({
    key: `PI-${owner}`,
    kind: 'planItem',
    value: createAnnualPlan.items[0]!.id,
    owner,
    markers: [itemTitle],
  });
}

/** A small text file; its name and content carry the marker. Returns its sha256. */
async function upload(platform: Platform, client: GraphqlClient, marker: string): Promise<string> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([`${marker}\n现场记录,仅供本级查阅。\n`], { type: 'text/plain' }),
    `${marker}.txt`,
  );
  const response = await fetch(`${platform.url}/files`, {
    method: 'POST',
    headers: client.authorization(),
    body: form,
  });
  const body = (await response.json()) as { sha256?: string };
  if (response.status !== 201 || !body.sha256) {
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.sha256;
}

/**
 * Waits until the worker has relayed every queued job of the world and told each department of its new
 * handoffs. After that nothing runs for the world by itself (reminders and deadlines are weeks away), so
 * another test file's worker cannot change it while the fuzz compares snapshots.
 */
async function settleQueuedWork(platform: Platform, world: World): Promise<void> {
  const tenants = [...world.entities.values()].filter((e) => e.kind === 'tenant').map((e) => e.value);
  const handoffs = [...world.entities.values()].filter((e) => e.kind === 'handoff').map((e) => e.value);
  await eventually(
    async () => {
      const [row] = (await platform.dataSource.query(
        `SELECT (SELECT count(*)::int FROM outbox
                  WHERE relayed_at IS NULL AND payload->>'tenantId' = ANY($1::text[])) AS pending,
                (SELECT count(DISTINCT handoff_id)::int FROM notification
                  WHERE kind = 'HANDOFF_ISSUED' AND handoff_id = ANY($2::uuid[])) AS told`,
        [tenants, handoffs],
      )) as Array<{ pending: number; told: number }>;
      return row!;
    },
    (row) => row.pending === 0 && row.told === handoffs.length,
    { timeoutMs: 30_000, what: 'the queued work of the world' },
  );
}

/** Every notice of the world, addressed to a tenant's office or to one of its departments. */
async function collectNotifications(
  platform: Platform,
  world: World,
  codes: Record<TenantKey, string>,
): Promise<void> {
  const rows = (await platform.dataSource.query(
    `SELECT n.id, n.kind, t.code AS tenant, d.code AS department
       FROM notification n JOIN tenant t ON t.id = n.tenant_id LEFT JOIN department d ON d.id = n.department_id
      WHERE n.tenant_id = ANY($1::uuid[])`,
    [[...world.entities.values()].filter((e) => e.kind === 'tenant').map((e) => e.value)],
  )) as Array<{ id: string; kind: string; tenant: string; department: string | null }>;
  for (const row of rows) {
    const owner = (Object.keys(codes) as TenantKey[]).find((k) => codes[k] === row.tenant)!;
    world.add({
      key: `N-${row.kind}-${row.id.slice(0, 8)}`,
      kind: 'notification',
      value: row.id,
      owner,
      department: row.department ? `D-${owner}-${row.department}` : null,
    });
  }
}
