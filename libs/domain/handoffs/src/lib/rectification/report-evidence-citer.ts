import { Injectable, OnModuleInit } from '@nestjs/common';
import { EvidenceCiter, EvidenceCiters } from '@liandong/findings';
import { Caller } from '@liandong/tenancy';
import { HandoffsService } from '../handoffs.service';
import { RectificationRepository } from './rectification.repository';

/** A file a rectification report cites is seen by whoever may see the report's handoff. */
@Injectable()
export class ReportEvidenceCiter implements EvidenceCiter, OnModuleInit {
  constructor(
    private readonly citers: EvidenceCiters,
    private readonly rectification: RectificationRepository,
    private readonly handoffs: HandoffsService,
  ) {}

  onModuleInit(): void {
    this.citers.register(this);
  }

  async maySee(caller: Caller, sha256: string): Promise<boolean> {
    const handoffs = await this.handoffs.findByIds(await this.rectification.handoffsCiting(sha256));
    for (const handoff of handoffs) {
      if (await this.handoffs.canSee(caller, handoff)) {
        return true;
      }
    }
    return false;
  }
}
