import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { FindingStatus, HANDED_OVER_STATUSES, UNCOUNTED_STATUSES } from '@liandong/findings';
import { FAILING_RESULTS, HandoffStatus } from '@liandong/handoffs';
import { TenantLevel } from '@liandong/tenancy';
import { EnteredAt, IndicatorCounts } from './computed-indicators';
import { IndicatorValueEntity } from './indicator-value.entity';

/** Findings that need handing over: accepted, and those already handed over. */
const NEEDING_HANDOVER: readonly FindingStatus[] = [FindingStatus.ACCEPTED, ...HANDED_OVER_STATUSES];
/** Handed over and not yet closed. */
const OPEN: readonly FindingStatus[] = HANDED_OVER_STATUSES.filter(
  (status) => status !== FindingStatus.CLOSED,
);

/** The counts of one part of a subtree: the node's own rows (its own path) or one child's subtree. */
export type CountsAt = IndicatorCounts & { path: string };

export interface ChildTier {
  id: string;
  name: string;
  level: TenantLevel;
  path: string;
}

/** The group key that puts a row under the scope itself or under the scope's child it lies below. */
function childPath(column: string, depth: number): string {
  return `ltree2text(subpath(${column}, 0, least(nlevel(${column}), ${depth + 1})))`;
}

/** Every query of the indicators: entered values, and the counts the computed ones are made of. */
@Injectable()
export class IndicatorsRepository {
  constructor(private readonly db: Db) {}

  async insert(
    manager: EntityManager,
    value: Pick<
      IndicatorValueEntity,
      | 'tenantId'
      | 'tenantPath'
      | 'projectId'
      | 'code'
      | 'value'
      | 'source'
      | 'measuredOn'
      | 'milestone'
      | 'recordedBy'
    >,
  ): Promise<IndicatorValueEntity> {
    const repository = manager.getRepository(IndicatorValueEntity);
    return repository.save(repository.create(value));
  }

  /** The tier's values of one indicator, latest first: the first one counts. */
  history(projectId: string, code: string, tenantId: string): Promise<IndicatorValueEntity[]> {
    return this.db
      .repository(IndicatorValueEntity)
      .createQueryBuilder('v')
      .where('v.project_id = :projectId AND v.code = :code AND v.tenant_id = :tenantId', {
        projectId,
        code,
        tenantId,
      })
      .orderBy('v.measured_on', 'DESC')
      .addOrderBy('v.recorded_at', 'DESC')
      .getMany();
  }

  /** Each tier's latest value of each indicator within the scope: the latest day measured, then entered. */
  async latestValues(projectId: string, scopePath: string): Promise<Array<EnteredAt & { code: string }>> {
    const rows: Array<{ code: string; value: number; tenantPath: string }> = await this.db.manager.query(
      `SELECT DISTINCT ON (v.tenant_id, v.code) v.code, v.value, ltree2text(v.tenant_path) AS "tenantPath"
         FROM indicator_value v
        WHERE v.project_id = $1 AND v.tenant_path <@ $2::ltree
        ORDER BY v.tenant_id, v.code, v.measured_on DESC, v.recorded_at DESC, v.id DESC`,
      [projectId, scopePath],
    );
    return rows.map((row) => ({ ...row, value: Number(row.value) }));
  }

  /**
   * The counts of the project's computed indicators within the scope, one row for the scope's own findings and
   * handoffs and one per child subtree that has any. Merged and dismissed findings count nowhere.
   */
  async counts(projectId: string, scopePath: string, now: Date): Promise<CountsAt[]> {
    const depth = scopePath.split('.').length;
    const findings: Array<Omit<IndicatorCounts, 'evaluated' | 'satisfied'> & { path: string }> =
      await this.db.manager.query(
        `SELECT ${childPath('f.tenant_path', depth)} AS "path",
                count(*) FILTER (WHERE f.status = ANY($3::text[]))::int AS "needingHandover",
                count(*) FILTER (WHERE f.status = ANY($4::text[]))::int AS "handedOver",
                count(*) FILTER (WHERE f.status = $5)::int AS "closed",
                count(*) FILTER (WHERE f.status = $5 AND h.closed_at IS NOT NULL
                                   AND h.closed_at <= h.deadline)::int AS "closedOnTime",
                count(*) FILTER (WHERE f.status = ANY($6::text[]))::int AS "open",
                count(*) FILTER (WHERE f.status = ANY($6::text[]) AND h.status <> $7
                                   AND h.deadline <= $8)::int AS "overdue"
           FROM finding f
           LEFT JOIN handoff h ON h.id = f.handoff_id
          WHERE f.project_id = $1 AND f.tenant_path <@ $2::ltree AND NOT (f.status = ANY($9::text[]))
          GROUP BY 1`,
        [
          projectId,
          scopePath,
          NEEDING_HANDOVER,
          HANDED_OVER_STATUSES,
          FindingStatus.CLOSED,
          OPEN,
          HandoffStatus.CLOSED,
          now,
          UNCOUNTED_STATUSES,
        ],
      );
    const evaluations: Array<{ path: string; evaluated: number; satisfied: number }> =
      await this.db.manager.query(
        `SELECT ${childPath('h.tenant_path', depth)} AS "path",
                count(*)::int AS "evaluated",
                count(*) FILTER (WHERE NOT (e.result = ANY($3::text[])))::int AS "satisfied"
           FROM handoff h
           JOIN LATERAL (SELECT ev.result FROM evaluation ev
                          WHERE ev.handoff_id = h.id AND ev.voted_at IS NOT NULL AND ev.result IS NOT NULL
                          ORDER BY ev.voted_at DESC, ev.created_at DESC LIMIT 1) e ON true
          WHERE h.project_id = $1 AND h.tenant_path <@ $2::ltree
          GROUP BY 1`,
        [projectId, scopePath, FAILING_RESULTS],
      );
    const byPath = new Map<string, CountsAt>();
    const at = (path: string): CountsAt => {
      let row = byPath.get(path);
      if (!row) {
        row = {
          path,
          needingHandover: 0,
          handedOver: 0,
          closed: 0,
          closedOnTime: 0,
          open: 0,
          overdue: 0,
          evaluated: 0,
          satisfied: 0,
        };
        byPath.set(path, row);
      }
      return row;
    };
    for (const row of findings) {
      Object.assign(at(row.path), row);
    }
    for (const row of evaluations) {
      Object.assign(at(row.path), { evaluated: row.evaluated, satisfied: row.satisfied });
    }
    return [...byPath.values()];
  }

  /** The tenants directly below the node that take part in the project: an assignment lies in their subtree. */
  childTiers(projectId: string, nodeId: string): Promise<ChildTier[]> {
    return this.db.manager.query(
      `SELECT t.id, t.name, t.level, ltree2text(t.path) AS "path"
         FROM tenant t
        WHERE t.parent_id = $2
          AND EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = $1 AND a.tenant_path <@ t.path)
        ORDER BY t.code`,
      [projectId, nodeId],
    );
  }

  /** Whether the tenant holds an assignment of the project. */
  async takesPart(projectId: string, tenantId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      'SELECT 1 FROM assignment WHERE project_id = $1 AND tenant_id = $2 LIMIT 1',
      [projectId, tenantId],
    );
    return rows.length > 0;
  }
}
