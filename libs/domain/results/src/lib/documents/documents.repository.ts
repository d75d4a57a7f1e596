import { Injectable } from '@nestjs/common';
import { In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { DocumentKind } from './document-kind';
import { GeneratedDocumentEntity } from './generated-document.entity';
import { ReportDeliveryEntity } from './report-delivery.entity';

/** A count per key, as the report's queries return them. */
export interface KeyCount {
  key: string | null;
  count: number;
}

export interface TierCount {
  tenantId: string;
  name: string;
  level: string;
  count: number;
}

/** What a project report counts over one subtree. */
export interface ProjectFigures {
  activitiesByMethod: KeyCount[];
  findingsByChecklist: KeyCount[];
  findingsByTier: TierCount[];
  handoffsByStatus: KeyCount[];
  overdueHandoffs: number;
  evaluationsByResult: KeyCount[];
}

/** Findings that count as found: not returned, dismissed or merged into another. */
const FOUND = `f.status NOT IN ('RETURNED', 'DISMISSED', 'MERGED')`;

function keyCounts(rows: Array<{ key: string | null; count: string }>): KeyCount[] {
  return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
}

@Injectable()
export class DocumentsRepository {
  constructor(private readonly db: Db) {}

  private get documents(): Repository<GeneratedDocumentEntity> {
    return this.db.repository(GeneratedDocumentEntity);
  }

  private get deliveries(): Repository<ReportDeliveryEntity> {
    return this.db.repository(ReportDeliveryEntity);
  }

  /** The next version of a subject's documents of one kind (and, for a 督办函, one escalation). */
  async nextVersion(
    kind: DocumentKind,
    subject: { handoffId?: string; projectId?: string; escalationId?: string | null; scopeTenantId?: string },
  ): Promise<number> {
    const count = await this.documents.countBy({
      kind,
      ...(subject.handoffId ? { handoffId: subject.handoffId } : {}),
      ...(subject.projectId ? { projectId: subject.projectId } : {}),
      ...(subject.escalationId ? { escalationId: subject.escalationId } : {}),
      ...(subject.scopeTenantId ? { scopeTenantId: subject.scopeTenantId } : {}),
    });
    return count + 1;
  }

  /** Records a document; returned with its file. */
  async insert(row: Omit<GeneratedDocumentEntity, 'id'>): Promise<GeneratedDocumentEntity> {
    const saved = await this.documents.save(this.documents.create(row));
    return (await this.findById(saved.id)) ?? saved;
  }

  findById(id: string): Promise<GeneratedDocumentEntity | null> {
    return this.documents.findOne({ where: { id }, relations: { file: true } });
  }

  /** The documents about the handoffs, newest first. */
  ofHandoffs(handoffIds: readonly string[]): Promise<GeneratedDocumentEntity[]> {
    return this.documents.find({
      where: { handoffId: In([...handoffIds]) },
      relations: { file: true },
      order: { generatedAt: 'DESC', version: 'DESC' },
    });
  }

  /** The result reports of the projects, newest first. */
  ofProjects(projectIds: readonly string[]): Promise<GeneratedDocumentEntity[]> {
    return this.documents.find({
      where: { projectId: In([...projectIds]), kind: DocumentKind.PROJECT_REPORT },
      relations: { file: true },
      order: { generatedAt: 'DESC', version: 'DESC' },
    });
  }

  /** The documents stored as the file, as far as row-level security shows them. */
  withFile(sha256: string): Promise<GeneratedDocumentEntity[]> {
    return this.documents.find({ where: { sha256 }, take: 50 });
  }

  insertDelivery(row: Omit<ReportDeliveryEntity, 'id' | 'recordedAt'>): Promise<ReportDeliveryEntity> {
    return this.deliveries.save(this.deliveries.create(row));
  }

  findDelivery(id: string): Promise<ReportDeliveryEntity | null> {
    return this.deliveries.findOneBy({ id });
  }

  /** Records the feedback once: false when the delivery already has feedback. */
  async recordFeedback(
    id: string,
    feedback: { feedback: string; feedbackOn: string; feedbackBy: string },
  ): Promise<boolean> {
    const result = await this.deliveries.update({ id, feedback: IsNull() }, feedback);
    return (result.affected ?? 0) > 0;
  }

  /** The deliveries of the documents, oldest first. */
  deliveriesOf(documentIds: readonly string[]): Promise<ReportDeliveryEntity[]> {
    return this.deliveries.find({
      where: { documentId: In([...documentIds]) },
      order: { deliveredOn: 'ASC', recordedAt: 'ASC' },
    });
  }

  /** The project's activities, findings, handoffs and evaluations within the subtree at `path`. */
  async projectFigures(projectId: string, path: string): Promise<ProjectFigures> {
    const manager = this.db.manager;
    const activities: Array<{ key: string; count: string }> = await manager.query(
      `SELECT a.method_code AS key, count(*) AS count FROM activity a
        WHERE a.project_id = $1 AND a.tenant_path <@ $2::ltree GROUP BY a.method_code ORDER BY a.method_code`,
      [projectId, path],
    );
    const byChecklist: Array<{ key: string | null; count: string }> = await manager.query(
      `SELECT f.checklist_code AS key, count(*) AS count FROM finding f
        WHERE f.project_id = $1 AND f.tenant_path <@ $2::ltree AND ${FOUND}
        GROUP BY f.checklist_code ORDER BY f.checklist_code NULLS LAST`,
      [projectId, path],
    );
    const byTier: Array<{ tenant_id: string; name: string; level: string; count: string }> =
      await manager.query(
        `SELECT t.id AS tenant_id, t.name, t.level, count(*) AS count FROM finding f JOIN tenant t ON t.id = f.tenant_id
          WHERE f.project_id = $1 AND f.tenant_path <@ $2::ltree AND ${FOUND}
          GROUP BY t.id, t.name, t.level, t.path ORDER BY t.path`,
        [projectId, path],
      );
    const handoffs: Array<{ key: string; count: string; overdue: string }> = await manager.query(
      `SELECT h.status AS key, count(*) AS count,
              count(*) FILTER (WHERE h.status <> 'CLOSED' AND h.deadline <= now()) AS overdue
         FROM handoff h WHERE h.project_id = $1 AND h.tenant_path <@ $2::ltree GROUP BY h.status ORDER BY h.status`,
      [projectId, path],
    );
    const evaluations: Array<{ key: string; count: string }> = await manager.query(
      `SELECT e.result AS key, count(*) AS count FROM evaluation e JOIN handoff h ON h.id = e.handoff_id
        WHERE h.project_id = $1 AND h.tenant_path <@ $2::ltree AND e.result IS NOT NULL
        GROUP BY e.result ORDER BY e.result`,
      [projectId, path],
    );
    return {
      activitiesByMethod: keyCounts(activities),
      findingsByChecklist: keyCounts(byChecklist),
      findingsByTier: byTier.map((row) => ({
        tenantId: row.tenant_id,
        name: row.name,
        level: row.level,
        count: Number(row.count),
      })),
      handoffsByStatus: keyCounts(handoffs),
      overdueHandoffs: handoffs.reduce((sum, row) => sum + Number(row.overdue), 0),
      evaluationsByResult: keyCounts(evaluations),
    };
  }
}
