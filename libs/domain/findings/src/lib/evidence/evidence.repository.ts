import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '@liandong/db';
import { EvidenceFileEntity } from './evidence-file.entity';
import { FindingEntity } from '../findings/finding.entity';

/** An evidence file with the tree path of the tenant that uploaded it. */
export interface EvidenceFileRow extends EvidenceFileEntity {
  /** Null when the uploader's tenant lies outside the caller's view (row-level security hides it). */
  uploaderPath: string | null;
}

/** Where findings a caller might see are: a tenant subtree, or one department's findings. */
export type CitingScope = { tenantPath: string } | { departmentId: string };

/** How many citing findings one access check looks at; any one visible finding is enough. */
const CITING_SAMPLE = 50;

interface FileRecord {
  sha256: string;
  name: string;
  mime: string;
  size: string;
  tenant_id: string;
  uploaded_by: string;
  uploaded_at: Date;
  uploader_path: string | null;
}

@Injectable()
export class EvidenceRepository {
  constructor(private readonly db: Db) {}

  /** Records a file once: a second upload of the same content keeps the first record. */
  async insertFile(row: Omit<EvidenceFileEntity, 'uploadedAt'>): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evidence_file (sha256, name, mime, size, tenant_id, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING`,
      [row.sha256, row.name, row.mime, row.size, row.tenantId, row.uploadedBy],
    );
  }

  async findFiles(hashes: readonly string[], manager?: EntityManager): Promise<EvidenceFileRow[]> {
    if (hashes.length === 0) {
      return [];
    }
    const records: FileRecord[] = await (manager ?? this.db.manager).query(
      `SELECT e.sha256, e.name, e.mime, e.size, e.tenant_id, e.uploaded_by, e.uploaded_at,
              t.path::text AS uploader_path
         FROM evidence_file e LEFT JOIN tenant t ON t.id = e.tenant_id
        WHERE e.sha256 = ANY($1::text[])`,
      [hashes],
    );
    return records.map((record) => ({
      sha256: record.sha256,
      name: record.name,
      mime: record.mime,
      size: Number(record.size),
      tenantId: record.tenant_id,
      uploadedBy: record.uploaded_by,
      uploadedAt: record.uploaded_at,
      uploaderPath: record.uploader_path,
    }));
  }

  async findFile(sha256: string): Promise<EvidenceFileRow | null> {
    const [file] = await this.findFiles([sha256]);
    return file ?? null;
  }

  /** Replaces a finding's citations with `hashes`, positions in their order. */
  async replaceCitations(
    manager: EntityManager,
    findingId: string,
    hashes: readonly string[],
  ): Promise<void> {
    await manager.query('DELETE FROM finding_evidence WHERE finding_id = $1', [findingId]);
    if (hashes.length > 0) {
      await manager.query(
        `INSERT INTO finding_evidence (finding_id, sha256, position)
         SELECT $1, cited.sha256, cited.position - 1 FROM unnest($2::text[]) WITH ORDINALITY AS cited(sha256, position)`,
        [findingId, hashes],
      );
    }
  }

  /**
   * Records the citations of findings that cite nothing yet (just stored), each finding's hashes at positions
   * in their order: one INSERT for the whole batch.
   */
  async insertCitations(
    manager: EntityManager,
    citations: ReadonlyArray<{ findingId: string; hashes: readonly string[] }>,
  ): Promise<void> {
    const rows = citations.flatMap(({ findingId, hashes }) =>
      hashes.map((sha256, position) => ({ findingId, sha256, position })),
    );
    if (rows.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO finding_evidence (finding_id, sha256, position)
       SELECT cited.finding_id, cited.sha256, cited.position
         FROM unnest($1::uuid[], $2::text[], $3::int[]) WITH ORDINALITY AS cited(finding_id, sha256, position, n)
        ORDER BY cited.n`,
      [rows.map((row) => row.findingId), rows.map((row) => row.sha256), rows.map((row) => row.position)],
    );
  }

  /** The files the findings cite, in citation order. */
  async citations(
    findingIds: readonly string[],
  ): Promise<Array<{ findingId: string; file: Omit<EvidenceFileEntity, 'uploadedAt'> }>> {
    if (findingIds.length === 0) {
      return [];
    }
    const records: Array<Omit<FileRecord, 'uploaded_at' | 'uploader_path'> & { finding_id: string }> =
      await this.db.manager.query(
        `SELECT fe.finding_id, e.sha256, e.name, e.mime, e.size, e.tenant_id, e.uploaded_by
           FROM finding_evidence fe JOIN evidence_file e ON e.sha256 = fe.sha256
          WHERE fe.finding_id = ANY($1::uuid[])
          ORDER BY fe.finding_id, fe.position`,
        [findingIds],
      );
    return records.map((record) => ({
      findingId: record.finding_id,
      file: {
        sha256: record.sha256,
        name: record.name,
        mime: record.mime,
        size: Number(record.size),
        tenantId: record.tenant_id,
        uploadedBy: record.uploaded_by,
      },
    }));
  }

  /**
   * A sample of the findings citing the file that lie where the caller could see findings at all; the
   * service decides on each. Handed-over findings come first, the only ones a department may see.
   */
  citingFindings(sha256: string, scope: CitingScope): Promise<FindingEntity[]> {
    const query = this.db
      .repository(FindingEntity)
      .createQueryBuilder('f')
      .innerJoin('finding_evidence', 'fe', 'fe.finding_id = f.id')
      .where('fe.sha256 = :sha256', { sha256 });
    if ('departmentId' in scope) {
      query.andWhere('f.department_id = :departmentId', { departmentId: scope.departmentId });
    } else {
      query.andWhere('f.tenant_path <@ :path::ltree', { path: scope.tenantPath });
    }
    return query.orderBy('f.handoff_id', 'ASC', 'NULLS LAST').limit(CITING_SAMPLE).getMany();
  }
}
