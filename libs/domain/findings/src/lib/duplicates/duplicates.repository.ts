import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Db } from '@liandong/db';
import { SHANGHAI } from '@liandong/time';
import { FindingStatus } from '../findings/finding-status';
import { FindingEntity } from '../findings/finding.entity';
import { DuplicateSignals } from './duplicate-score';

/**
 * The text compared, as pg_trgm sees it: overlapping character bigrams separated by spaces, each run of
 * letters and digits on its own (`企业开办,材料` → `企业 业开 开办 材料`).
 *
 * Why not pg_trgm on the raw text: Chinese has no spaces, so a whole clause is one "word" and its trigrams
 * are three-character windows. Paraphrases share words (mostly two characters), seldom three-character
 * runs: on the test set, reworded duplicates scored 0.05–0.17 raw, below unrelated findings on the same
 * topic, and only 15 of 24 ranked first. Spelled as bigram words, each trigram pg_trgm extracts (`" 企业"`,
 * `"企业 "`, `"  企"`) carries a two-character word or a character, and all 24 ranked first on text alone.
 *
 * Both pg_trgm and `[:alnum:]` take letters from the database's LC_CTYPE, which must class CJK characters
 * as letters: C.UTF-8 (what the platform's initdb uses), zh_CN.UTF-8 and en_US.UTF-8 do; plain C does not.
 */
function bigramsSql(text: string): string {
  return `(SELECT coalesce(string_agg(substr(part, i, 2), ' ' ORDER BY n, i), '')
      FROM regexp_split_to_table(${text}, '[^[:alnum:]]+') WITH ORDINALITY AS parts(part, n),
           generate_series(1, greatest(length(part) - 1, 1)) AS i
      WHERE part <> '')`;
}

/**
 * Only the start of title and description is compared: it bounds the cost of a comparison (pg_trgm
 * extracts the trigrams of both texts every time), and a reporter states the problem first.
 */
const COMPARED_CHARACTERS = 500;

const FINDING_TEXT = (alias: string): string =>
  `left(${alias}.title || ' ' || ${alias}.description, ${COMPARED_CHARACTERS})`;

/** The finding's own tenant and the tenants of the findings merged into it. */
export interface FindingReporters {
  findingId: string;
  tenantIds: string[];
}

/** The columns the public Finding model does not carry. */
export interface FindingLineage {
  id: string;
  canonicalId: string | null;
  recurrence: boolean;
}

@Injectable()
export class DuplicatesRepository {
  constructor(private readonly db: Db) {}

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<FindingEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return (manager ?? this.db.manager).getRepository(FindingEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Similarity signals between `finding` and every other finding of its project inside `scopePath` that is
   * neither merged nor dismissed, for those whose text similarity reaches `minTextSimilarity` (the 500 most
   * similar at most: a bound on the work, far above the 20 a reviewer is shown).
   */
  async candidateSignals(
    scopePath: string,
    finding: FindingEntity,
    minTextSimilarity: number,
  ): Promise<DuplicateSignals[]> {
    const rows: Array<{
      id: string;
      text_similarity: number;
      same_department: boolean;
      same_checklist: boolean;
      checklist_code: string | null;
      same_location: boolean;
      location_similarity: number;
      reported_at: Date;
    }> = await this.db.manager.query(
      `WITH target AS MATERIALIZED (
         SELECT ${bigramsSql(`left($4::text, ${COMPARED_CHARACTERS})`)} AS grams, ${bigramsSql("coalesce($7::text, '')")} AS place_grams
       ), others AS MATERIALIZED (
         SELECT c.id, c.department_id, c.checklist_code, c.location, c.reported_at,
                ${bigramsSql(FINDING_TEXT('c'))} AS grams
           FROM finding c
          WHERE c.project_id = $1
            AND c.tenant_path <@ $2::ltree
            AND c.id <> $3
            AND NOT (c.status = ANY($8::text[]))
       )
       SELECT o.id,
              similarity(o.grams, t.grams) AS text_similarity,
              coalesce(o.department_id = $5::uuid, false) AS same_department,
              coalesce(o.checklist_code = $6::text, false) AS same_checklist,
              o.checklist_code,
              coalesce(lower(btrim(o.location)) = lower(btrim($7::text)), false) AS same_location,
              CASE WHEN o.location IS NULL OR $7::text IS NULL THEN 0
                   ELSE similarity(${bigramsSql('o.location')}, t.place_grams) END AS location_similarity,
              o.reported_at
         FROM others o CROSS JOIN target t
        WHERE similarity(o.grams, t.grams) >= $9
        ORDER BY text_similarity DESC, o.id
        LIMIT 500`,
      [
        finding.projectId,
        scopePath,
        finding.id,
        `${finding.title} ${finding.description}`,
        finding.departmentId,
        finding.checklistCode,
        finding.location,
        [FindingStatus.MERGED, FindingStatus.DISMISSED],
        minTextSimilarity,
      ],
    );
    return rows.map((row) => ({
      id: row.id,
      textSimilarity: Number(row.text_similarity),
      sameDepartment: row.same_department,
      sameChecklistCode: row.same_checklist ? row.checklist_code : null,
      sameLocation: row.same_location,
      locationSimilarity: Number(row.location_similarity),
      reportedAt: new Date(row.reported_at),
    }));
  }

  /** Locks the rows for a merge, in id order so two transactions cannot deadlock. */
  lockByIds(manager: EntityManager, ids: readonly string[]): Promise<FindingEntity[]> {
    return manager
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.id = ANY(:ids::uuid[])', { ids })
      .orderBy('f.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Findings merged earlier into one of the duplicates follow them into the canonical finding, so every
   * merged finding points at a finding that still stands (the duplicates' own status moves separately).
   */
  async repointMerged(
    manager: EntityManager,
    canonicalId: string,
    duplicateIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      'UPDATE finding SET canonical_id = $1 WHERE canonical_id = ANY($2::uuid[]) AND status = $3',
      [canonicalId, duplicateIds, FindingStatus.MERGED],
    );
  }

  /** For each finding, its own tenant first, then those of the findings merged into it, each once. */
  async reporters(findingIds: readonly string[]): Promise<FindingReporters[]> {
    if (findingIds.length === 0) {
      return [];
    }
    const rows: Array<{ finding_id: string; tenant_ids: string[] }> = await this.db.manager.query(
      // The merged findings may lie outside the caller's view; the database names only their tenants.
      `SELECT f.id AS finding_id, array_prepend(f.tenant_id, liandong_merged_reporters(f.id)) AS tenant_ids
         FROM finding f
        WHERE f.id = ANY($1::uuid[])`,
      [findingIds],
    );
    return rows.map((row) => ({ findingId: row.finding_id, tenantIds: [...new Set(row.tenant_ids)] }));
  }

  async lineage(findingIds: readonly string[]): Promise<FindingLineage[]> {
    if (findingIds.length === 0) {
      return [];
    }
    const rows: Array<{ id: string; canonical_id: string | null; recurrence: boolean }> =
      await this.db.manager.query(
        'SELECT id, canonical_id, recurrence FROM finding WHERE id = ANY($1::uuid[])',
        [findingIds],
      );
    return rows.map((row) => ({ id: row.id, canonicalId: row.canonical_id, recurrence: row.recurrence }));
  }

  /**
   * Those of the findings that match a CLOSED finding for the same department, of another project or
   * reported in an earlier year (Beijing time), with text similarity at least `minTextSimilarity`.
   */
  async recurringIds(
    manager: EntityManager,
    findingIds: readonly string[],
    minTextSimilarity: number,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH targets AS MATERIALIZED (
         SELECT f.id, f.department_id, f.project_id, f.reported_at, ${bigramsSql(FINDING_TEXT('f'))} AS grams
           FROM finding f
          WHERE f.id = ANY($1::uuid[]) AND f.department_id IS NOT NULL
       ), closed AS MATERIALIZED (
         SELECT c.id, c.department_id, c.project_id, c.reported_at, ${bigramsSql(FINDING_TEXT('c'))} AS grams
           FROM finding c
          WHERE c.status = $2 AND c.department_id IN (SELECT department_id FROM targets)
       )
       SELECT t.id
         FROM targets t
        WHERE EXISTS (
          SELECT 1 FROM closed c
           WHERE c.department_id = t.department_id
             AND c.id <> t.id
             AND (c.project_id <> t.project_id
                  OR extract(year FROM c.reported_at AT TIME ZONE $4::text)
                     < extract(year FROM t.reported_at AT TIME ZONE $4::text))
             AND similarity(c.grams, t.grams) >= $3)
        ORDER BY t.id`,
      [findingIds, FindingStatus.CLOSED, minTextSimilarity, SHANGHAI],
    );
    return rows.map((row) => row.id);
  }

  /** Sets `recurrence` on the given findings: true for `recurring`, false for the rest. */
  async setRecurrence(
    manager: EntityManager,
    findingIds: readonly string[],
    recurring: readonly string[],
  ): Promise<void> {
    await manager.query(
      'UPDATE finding SET recurrence = (id = ANY($2::uuid[])) WHERE id = ANY($1::uuid[]) AND recurrence <> (id = ANY($2::uuid[]))',
      [findingIds, recurring],
    );
  }
}
