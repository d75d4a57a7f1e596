import { Injectable } from '@nestjs/common';
import { Db, RequestScope } from '@liandong/db';
import { AppException, isUuid, parseId, parseInput, requireReason } from '@liandong/errors';
import {
  assertPermission,
  Caller,
  canSeeSubtreeOf,
  isDepartmentCaller,
  Permission,
  TenancyService,
  TenantLevel,
} from '@liandong/tenancy';
import { Clock, shanghaiDay } from '@liandong/time';
import { DisclosureEntity } from './disclosure.entity';
import { DisclosureChannel, DisclosureStatus } from './disclosure-kinds';
import { draftOf } from './disclosure-drafts';
import {
  bodySchema,
  channelNeedsUrl,
  DEFAULT_PUBLIC_PAGE,
  DISCLOSURE,
  MAX_DISCLOSURE_LIST,
  MAX_PUBLIC_PAGE,
  proposeSchema,
  publishSchema,
} from './disclosure-rules';
import { assertDisclosureTransition, INITIAL_DISCLOSURE_STATUS } from './disclosure-transitions';
import {
  DisclosureChanges,
  DisclosureFilter,
  DisclosureRepository,
  PublicDisclosureRow,
} from './disclosure.repository';
import { DisclosureSubjects } from './disclosure-subjects';
import { redact } from './redaction';

export interface DisclosureCounts {
  year: number;
  total: number;
  byChannel: Array<{ channel: DisclosureChannel; count: number }>;
  byLevel: Array<{ level: TenantLevel; count: number }>;
}

export interface PublicDisclosurePage {
  items: PublicDisclosureRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Opaque keyset cursors of the public page: base64url of `publishedOn|id`. */
export function encodePublicCursor(row: { publishedOn: string; id: string }): string {
  return Buffer.from(`${row.publishedOn}|${row.id}`).toString('base64url');
}

function decodePublicCursor(cursor: string): { publishedOn: string; id: string } {
  const [publishedOn, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!id || !isUuid(id) || !publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) {
    throw AppException.badInput('after', 'INVALID_CURSOR', { zh: '分页游标无效', en: 'invalid cursor' });
  }
  return { publishedOn, id };
}

/**
 * Public disclosure (公开): a tenant's staff propose an item drafted from a subject with personal data and
 * covert sources masked, redact it by hand (the rules applied again), a second person (a coordinator)
 * approves or rejects it, and it is published on a channel with its address and day, or withdrawn. The
 * public reads PUBLISHED items only.
 */
@Injectable()
export class DisclosuresService {
  constructor(
    private readonly db: Db,
    private readonly scope: RequestScope,
    private readonly repository: DisclosureRepository,
    private readonly subjects: DisclosureSubjects,
    private readonly tenancy: TenancyService,
    private readonly clock: Clock,
  ) {}

  async propose(caller: Caller, input: unknown): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const proposal = parseInput(proposeSchema, input, 'input');
    const facts = await this.subjects.factsOf(caller, proposal.subjectKind, proposal.subjectId);
    if (await this.repository.standingOf(caller.tenantId, proposal.subjectId, proposal.channel)) {
      throw AppException.conflict('DISCLOSURE_ALREADY_PROPOSED', {
        zh: '该事项已在此渠道提请公开',
        en: 'This subject is already proposed for this channel.',
      });
    }
    const draft = draftOf(facts, proposal.title);
    return this.db.transaction((manager) =>
      this.repository.insert(manager, {
        tenantId: caller.tenantId,
        tenantPath: caller.tenantPath,
        subjectKind: proposal.subjectKind,
        subjectId: proposal.subjectId,
        title: draft.title,
        body: draft.body,
        draft: draft.body,
        status: INITIAL_DISCLOSURE_STATUS,
        channel: proposal.channel,
        proposedBy: caller.userId,
      }),
    );
  }

  /** Staff's hand redaction: the text they give, with every automatic rule applied again. */
  async redact(caller: Caller, id: string, body: string): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const text = parseInput(bodySchema, body, 'body');
    return this.change(caller, id, DisclosureStatus.REDACTED, async (disclosure) => {
      const facts = await this.subjects.factsOf(caller, disclosure.subjectKind, disclosure.subjectId);
      return { body: redact(text, draftOf(facts).redaction) };
    });
  }

  /** Approval per item, by a coordinator who did not propose it. */
  approve(caller: Caller, id: string): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    return this.change(caller, id, DisclosureStatus.APPROVED, (disclosure) => {
      if (disclosure.proposedBy === caller.userId) {
        throw AppException.forbidden('DISCLOSURE_OWN_PROPOSAL', {
          zh: '提请人不能批准自己提请的公开事项',
          en: 'Someone other than the proposer must approve a disclosure.',
        });
      }
      return { approvedBy: caller.userId, approvedAt: this.clock.now() };
    });
  }

  reject(caller: Caller, id: string, reason: string): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = requireReason(reason, 'reason', { zh: '不予公开', en: 'rejecting' });
    return this.change(caller, id, DisclosureStatus.REJECTED, () => ({ reason: why }));
  }

  publish(caller: Caller, id: string, input: unknown): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const publication = parseInput(publishSchema, input, 'input');
    if (publication.publishedOn > shanghaiDay(this.clock.now())) {
      throw AppException.badInput('input.publishedOn', 'PUBLISHED_IN_FUTURE', {
        zh: '发布日期不能晚于今天',
        en: 'the day it appeared, not a later one',
      });
    }
    return this.change(caller, id, DisclosureStatus.PUBLISHED, (disclosure) => {
      if (channelNeedsUrl(disclosure.channel) && !publication.url) {
        throw AppException.badInput('input.url', 'URL_REQUIRED', {
          zh: '请填写发布网址',
          en: 'the address it was published at',
        });
      }
      return { url: publication.url ?? null, publishedOn: publication.publishedOn };
    });
  }

  withdraw(caller: Caller, id: string, reason: string): Promise<DisclosureEntity> {
    assertPermission(caller, Permission.HAND_OVER);
    const why = requireReason(reason, 'reason', { zh: '撤回', en: 'withdrawing' });
    return this.change(caller, id, DisclosureStatus.WITHDRAWN, () => ({ reason: why }));
  }

  async get(caller: Caller, id: string): Promise<DisclosureEntity> {
    const disclosure = await this.repository.findById(parseId(id));
    if (!disclosure || !canSeeSubtreeOf(caller, disclosure.tenantPath)) {
      throw AppException.notFound(DISCLOSURE, id);
    }
    return disclosure;
  }

  async list(
    caller: Caller,
    filter: DisclosureFilter,
    scopeTenantId: string | null,
  ): Promise<DisclosureEntity[]> {
    if (isDepartmentCaller(caller)) {
      return [];
    }
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    return this.repository.list(scope.path, filter, MAX_DISCLOSURE_LIST);
  }

  /** The year's published items of the subtree, per channel and per tier. */
  async counts(caller: Caller, year: number, scopeTenantId: string | null): Promise<DisclosureCounts> {
    if (isDepartmentCaller(caller)) {
      throw AppException.forbidden('ROLE_LACKS_PERMISSION', {
        zh: '承办单位账号不能查看公开统计',
        en: 'Department accounts do not see disclosure counts.',
      });
    }
    const scope = await this.tenancy.scope(caller, scopeTenantId);
    const rows = await this.repository.counts(scope.path, year);
    const sum = <K extends string>(keys: readonly K[], keyOf: (row: (typeof rows)[number]) => string) =>
      keys.map((key) => ({
        key,
        count: rows.filter((row) => keyOf(row) === key).reduce((total, row) => total + row.count, 0),
      }));
    return {
      year,
      total: rows.reduce((total, row) => total + row.count, 0),
      byChannel: sum(Object.values(DisclosureChannel), (row) => row.channel).map(({ key, count }) => ({
        channel: key,
        count,
      })),
      byLevel: sum(Object.values(TenantLevel), (row) => row.level).map(({ key, count }) => ({
        level: key,
        count,
      })),
    };
  }

  /** What anyone may read, signed in or not: published items only, newest first. */
  async publicPage(
    year: number | null,
    tenantId: string | null,
    first: number | null,
    after: string | null,
  ): Promise<PublicDisclosurePage> {
    const size = Math.min(Math.max(first ?? DEFAULT_PUBLIC_PAGE, 1), MAX_PUBLIC_PAGE);
    const tenant = tenantId ? parseId(tenantId, 'tenantId') : null;
    // Nobody signed in: the request's transaction begins with no caller, so the wall shows no row.
    await this.scope.set({});
    const rows = await this.repository.publicPage(
      year,
      tenant,
      after ? decodePublicCursor(after) : null,
      size + 1,
    );
    const items = rows.slice(0, size);
    const last = items.at(-1);
    return { items, endCursor: last ? encodePublicCursor(last) : null, hasNextPage: rows.length > size };
  }

  /** Moves an item of the caller's own tenant along the machine, with the changes `decide` returns. */
  private async change(
    caller: Caller,
    id: string,
    to: DisclosureStatus,
    decide: (disclosure: DisclosureEntity) => DisclosureChanges | Promise<DisclosureChanges>,
  ): Promise<DisclosureEntity> {
    const disclosureId = parseId(id);
    return this.db.transaction(async (manager) => {
      const disclosure = await this.repository.lock(manager, disclosureId);
      if (!disclosure || !canSeeSubtreeOf(caller, disclosure.tenantPath)) {
        throw AppException.notFound(DISCLOSURE, id);
      }
      if (disclosure.tenantId !== caller.tenantId) {
        throw AppException.forbidden('DISCLOSURE_NOT_OWN', {
          zh: '只能处理本机关的公开事项',
          en: 'Only the tenant that proposed an item decides on it.',
        });
      }
      assertDisclosureTransition(disclosure.status, to);
      const changes = await decide(disclosure);
      await this.repository.update(manager, disclosure.id, to, changes);
      return { ...disclosure, ...changes, status: to };
    });
  }
}
