import { Injectable } from '@nestjs/common';
import { EntityManager, In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { RectificationReportEntity } from './rectification-report.entity';
import { VerificationEntity } from './verification.entity';

/** The department's rectification reports and the handing-over tenant's verifications of them. */
@Injectable()
export class RectificationRepository {
  constructor(private readonly db: Db) {}

  private get reports(): Repository<RectificationReportEntity> {
    return this.db.repository(RectificationReportEntity);
  }

  async insertReport(
    manager: EntityManager,
    report: Omit<RectificationReportEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<void> {
    await manager.getRepository(RectificationReportEntity).insert(report);
  }

  async insertVerification(
    manager: EntityManager,
    verification: Omit<VerificationEntity, 'id' | 'at' | 'handoff'>,
  ): Promise<void> {
    await manager.getRepository(VerificationEntity).insert(verification);
  }

  /** The reports of the handoffs, oldest first. */
  reportsOf(handoffIds: readonly string[]): Promise<RectificationReportEntity[]> {
    return this.reports.find({ where: { handoffId: In([...handoffIds]) }, order: { at: 'ASC' } });
  }
}
