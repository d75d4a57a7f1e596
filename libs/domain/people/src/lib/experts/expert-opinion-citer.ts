import { Injectable, OnModuleInit } from '@nestjs/common';
import { EvidenceCiter, EvidenceCiters } from '@liandong/findings';
import { Caller } from '@liandong/tenancy';
import { ExpertsService } from './experts.service';

/** A file an expert opinion cites is seen by whoever may see the opinion's activity. */
@Injectable()
export class ExpertOpinionCiter implements EvidenceCiter, OnModuleInit {
  constructor(
    private readonly citers: EvidenceCiters,
    private readonly experts: ExpertsService,
  ) {}

  onModuleInit(): void {
    this.citers.register(this);
  }

  maySee(caller: Caller, sha256: string): Promise<boolean> {
    return this.experts.opinionVisible(caller, sha256);
  }
}
