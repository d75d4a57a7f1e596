import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { RectificationReportEntity } from './rectification-report.entity';
import { FindingVerificationResult } from './verification-method';
import { VerificationResultEntity } from './verification-result.entity';
import { VerificationEntity } from './verification.entity';

/** A file a report cites, as shown with the report. */
export interface ReportEvidenceRow {
  reportId: string;
  findingId: string | null;
  file: { sha256: string; name: string; mime: string; size: number };
}

/** A file a report is to cite: the stored file's hash and the finding it proves, if one. */
export interface NewReportEvidence {
  sha256: string;
  findingId: string | null;
}

/** A finding's result in a verification, with it. */
export interface NewFindingResult {
  findingId: string;
  result: FindingVerificationResult;
  opinion: string | null;
}

/** The department's rectification reports and the handing-over tenant's verifications of them. */
@Injectable()
export class RectificationRepository {
  constructor(private readonly db: Db) {}

  private get reports(): Repository<RectificationReportEntity> {
    return this.db.repository(RectificationReportEntity);
  }

  /** Records a report and the files it cites, in their order. */
  async insertReport(
    manager: EntityManager,
    report: Omit<RectificationReportEntity, 'id' | 'at' | 'handoff'>,
    evidence: readonly NewReportEvidence[] = [],
  ): Promise<string> {
    const inserted = await manager.getRepository(RectificationReportEntity).insert(report);
    const reportId = (inserted.identifiers[0] as { id: string }).id;
    if (evidence.length > 0) {
      await manager.query(
        `INSERT INTO report_evidence (handoff_id, report_id, sha256, finding_id, position)
         SELECT $1, $2, cited.sha256, cited.finding_id, cited.position - 1
           FROM unnest($3::text[], $4::uuid[]) WITH ORDINALITY AS cited(sha256, finding_id, position)`,
        [report.handoffId, reportId, evidence.map((e) => e.sha256), evidence.map((e) => e.findingId)],
      );
    }
    return reportId;
  }

  /** Records a verification and each finding's result, in their order. */
  async insertVerification(
    manager: EntityManager,
    verification: Omit<VerificationEntity, 'id' | 'at' | 'handoff'>,
    results: readonly NewFindingResult[] = [],
  ): Promise<void> {
    const inserted = await manager.getRepository(VerificationEntity).insert(verification);
    const verificationId = (inserted.identifiers[0] as { id: string }).id;
    if (results.length > 0) {
      await manager.getRepository(VerificationResultEntity).insert(
        results.map((result, position) => ({
          handoffId: verification.handoffId,
          verificationId,
          position,
          ...result,
        })),
      );
    }
  }

  /** The reports of the handoffs, oldest first. */
  reportsOf(handoffIds: readonly string[]): Promise<RectificationReportEntity[]> {
    return this.reports.find({ where: { handoffId: In([...handoffIds]) }, order: { at: 'ASC' } });
  }

  /** The files the reports cite, in citation order. */
  async evidenceOf(reportIds: readonly string[]): Promise<ReportEvidenceRow[]> {
    if (reportIds.length === 0) {
      return [];
    }
    const rows: Array<{
      report_id: string;
      finding_id: string | null;
      sha256: string;
      name: string;
      mime: string;
      size: string;
    }> = await this.db.manager.query(
      `SELECT re.report_id, re.finding_id, e.sha256, e.name, e.mime, e.size
         FROM report_evidence re JOIN evidence_file e ON e.sha256 = re.sha256
        WHERE re.report_id = ANY($1::uuid[])
        ORDER BY re.report_id, re.position`,
      [reportIds],
    );
    return rows.map((row) => ({
      reportId: row.report_id,
      findingId: row.finding_id,
      file: { sha256: row.sha256, name: row.name, mime: row.mime, size: Number(row.size) },
    }));
  }

  /** The handoffs whose reports cite the file, as many as the caller's row-level security shows. */
  async handoffsCiting(sha256: string): Promise<string[]> {
    const rows: Array<{ handoff_id: string }> = await this.db.manager.query(
      'SELECT DISTINCT handoff_id FROM report_evidence WHERE sha256 = $1 LIMIT 50',
      [sha256],
    );
    return rows.map((row) => row.handoff_id);
  }

  /** The verifications of the handoffs, oldest first. */
  verificationsOf(
    handoffIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<VerificationEntity[]> {
    return handoffIds.length === 0
      ? Promise.resolve([])
      : manager
          .getRepository(VerificationEntity)
          .find({ where: { handoffId: In([...handoffIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The per-finding results of the verifications, in each one's order. */
  resultsOf(
    verificationIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<VerificationResultEntity[]> {
    return verificationIds.length === 0
      ? Promise.resolve([])
      : manager.getRepository(VerificationResultEntity).find({
          where: { verificationId: In([...verificationIds]) },
          order: { position: 'ASC' },
        });
  }
}
