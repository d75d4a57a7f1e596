import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '@liandong/db';
import { ledBySql } from '@liandong/plans';
import { HandoffStatus } from '../handoff-status';
import { HandoffEntity } from '../handoff.entity';
import { LedgerItemKind } from '../ledger-item-kind';
import { LedgerCursor } from './ledger-cursor';

/** What the ledger covers, already checked against the caller. */
export interface LedgerCriteria {
  /** Handoffs made in this subtree; null when not narrowed by subtree (escalated-to-me, department accounts). */
  scopePath: string | null;
  /** Only the handoffs of this department (a department account's own, or the filter's). */
  departmentId: string | null;
  projectId: string | null;
  statuses: HandoffStatus[] | null;
  /** 问题交办, 审议意见, 决议; null: every kind. */
  kinds: LedgerItemKind[] | null;
  /** Not closed out and at or past the deadline at `now`. */
  overdueOnly: boolean;
  /** Only handoffs with an escalation step carried by this tenant (e.g. 挂牌督办 raised to the parent). */
  escalatedToTenantId: string | null;
  /**
   * Committee staff: only the items their committee leads (see `committeeFilter`): findings of the projects it
   * leads, and the items of opinions it leads.
   */
  committeeCode: string | null;
  now: Date;
}

/** Per kind: the items, those closed, those overdue. */
export interface LedgerKindFigures {
  kind: LedgerItemKind;
  total: number;
  closed: number;
  overdue: number;
}

/** One line of the exported ledger. */
export interface LedgerLine {
  id: string;
  kind: LedgerItemKind;
  letterNo: string;
  /** The cursor key of the line. */
  issuedKey: string;
  issuedAt: Date;
  deadline: Date;
  status: HandoffStatus;
  escalationLevel: number;
  closedAt: Date | null;
  departmentName: string;
  titles: string | null;
  percentDone: number | null;
  measures: string | null;
}

/** `issued_at` in UTC with its microseconds: the keyset cursor's first half. */
const ISSUED_KEY = `to_char(h.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** Enough characters of the joined finding titles for the ~500 the sheet shows. */
const TITLES_CHARS = 600;

interface RawLine {
  id: string;
  kind: LedgerItemKind;
  letter_no: string;
  issued_key: string;
  issued_at: Date;
  deadline: Date;
  status: HandoffStatus;
  escalation_level: number;
  closed_at: Date | null;
  department_name: string;
  titles: string | null;
  percent_done: number | null;
  measures: string | null;
}

/** The rectification ledger (整改台账): handoffs by the caller's view, newest issued first. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly db: Db) {}

  /** `WHERE` conditions over `handoff h` and their positional parameters, after `params`. */
  private where(criteria: LedgerCriteria, params: unknown[], after?: LedgerCursor): string {
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions: string[] = [];
    if (criteria.scopePath !== null) {
      conditions.push(`h.tenant_path <@ ${param(criteria.scopePath)}::ltree`);
    }
    if (criteria.departmentId !== null) {
      conditions.push(`h.department_id = ${param(criteria.departmentId)}::uuid`);
    }
    if (criteria.projectId !== null) {
      conditions.push(`h.project_id = ${param(criteria.projectId)}::uuid`);
    }
    if (criteria.committeeCode !== null) {
      const code = param(criteria.committeeCode);
      conditions.push(`(${ledBySql('h.project_id', code)}
        OR EXISTS (SELECT 1 FROM review_opinion o JOIN committee oc ON oc.id = o.lead_committee_id
                    WHERE o.id = h.opinion_id AND oc.code = ${code}))`);
    }
    if (criteria.kinds !== null) {
      conditions.push(`h.kind = ANY(${param(criteria.kinds)}::text[])`);
    }
    if (criteria.statuses !== null) {
      conditions.push(`h.status = ANY(${param(criteria.statuses)}::text[])`);
    }
    if (criteria.overdueOnly) {
      conditions.push(
        `h.status <> '${HandoffStatus.CLOSED}' AND h.deadline <= ${param(criteria.now)}::timestamptz`,
      );
    }
    if (criteria.escalatedToTenantId !== null) {
      conditions.push(
        // Raised to this tenant from below: its own items' steps (催办, 督办函) are not "escalated to me".
        `h.id IN (SELECT e.handoff_id FROM escalation e WHERE e.tenant_id = ${param(criteria.escalatedToTenantId)}::uuid
                  AND e.tenant_id <> h.tenant_id)`,
      );
    }
    if (after) {
      conditions.push(
        `(h.issued_at, h.id) < (${param(after.issuedAt)}::timestamptz, ${param(after.id)}::uuid)`,
      );
    }
    return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
  }

  async countByKind(criteria: LedgerCriteria): Promise<LedgerKindFigures[]> {
    const params: unknown[] = [];
    const where = this.where(criteria, params);
    params.push(HandoffStatus.CLOSED, criteria.now);
    const closed = `$${params.length - 1}`;
    return this.db.manager.query(
      `SELECT h.kind, count(*)::int AS total,
              count(*) FILTER (WHERE h.status = ${closed})::int AS closed,
              count(*) FILTER (WHERE h.status <> ${closed} AND h.deadline <= $${params.length}::timestamptz)::int AS overdue
         FROM handoff h WHERE ${where} GROUP BY h.kind`,
      params,
    );
  }

  async count(criteria: LedgerCriteria): Promise<number> {
    const params: unknown[] = [];
    const rows: Array<{ total: string }> = await this.db.manager.query(
      `SELECT count(*) AS total FROM handoff h WHERE ${this.where(criteria, params)}`,
      params,
    );
    return Number(rows[0]?.total ?? 0);
  }

  /** Up to `limit` handoffs after the cursor, each with its own cursor key. */
  async page(
    criteria: LedgerCriteria,
    limit: number,
    after?: LedgerCursor,
  ): Promise<Array<{ handoff: HandoffEntity; issuedKey: string }>> {
    const params: unknown[] = [];
    const where = this.where(criteria, params, after);
    params.push(limit);
    const keys: Array<{ id: string; issued_key: string }> = await this.db.manager.query(
      `SELECT h.id, ${ISSUED_KEY} AS issued_key FROM handoff h WHERE ${where}
       ORDER BY h.issued_at DESC, h.id DESC LIMIT $${params.length}`,
      params,
    );
    if (keys.length === 0) {
      return [];
    }
    const handoffs = await this.db.repository(HandoffEntity).findBy({ id: In(keys.map((key) => key.id)) });
    const byId = new Map(handoffs.map((handoff) => [handoff.id, handoff]));
    return keys.flatMap((key) => {
      const handoff = byId.get(key.id);
      return handoff ? [{ handoff, issuedKey: key.issued_key }] : [];
    });
  }

  /**
   * Up to `limit` lines of the exported ledger after the cursor: the department's name, the titles of
   * the handoff's findings joined by ；, and its latest rectification report.
   */
  async lines(criteria: LedgerCriteria, limit: number, after?: LedgerCursor): Promise<LedgerLine[]> {
    const params: unknown[] = [];
    const where = this.where(criteria, params, after);
    params.push(limit);
    const rows: RawLine[] = await this.db.manager.query(
      `SELECT h.id, h.kind, h.letter_no, ${ISSUED_KEY} AS issued_key, h.issued_at, h.deadline, h.status,
              h.escalation_level, h.closed_at, d.name AS department_name,
              coalesce(left(h.title, ${TITLES_CHARS}),
                (SELECT left(string_agg(f.title, '；' ORDER BY f.reported_at, f.id), ${TITLES_CHARS})
                   FROM finding f WHERE f.handoff_id = h.id)) AS titles,
              r.percent_done, r.measures
         FROM handoff h
         JOIN department d ON d.id = h.department_id
         LEFT JOIN LATERAL (
           SELECT rr.percent_done, rr.measures FROM rectification_report rr
            WHERE rr.handoff_id = h.id ORDER BY rr.at DESC, rr.id DESC LIMIT 1
         ) r ON TRUE
        WHERE ${where}
        ORDER BY h.issued_at DESC, h.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      letterNo: row.letter_no,
      issuedKey: row.issued_key,
      issuedAt: row.issued_at,
      deadline: row.deadline,
      status: row.status,
      escalationLevel: row.escalation_level,
      closedAt: row.closed_at,
      departmentName: row.department_name,
      titles: row.titles,
      percentDone: row.percent_done,
      measures: row.measures,
    }));
  }
}
