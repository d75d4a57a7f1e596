import { Injectable, OnModuleInit } from '@nestjs/common';
import { EvidenceCiter, EvidenceCiters } from '@liandong/findings';
import { Caller } from '@liandong/tenancy';
import { DocumentsService } from './documents.service';

/** Lets `GET /files/:sha256` serve a generated document to whoever may see it. */
@Injectable()
export class DocumentCiter implements EvidenceCiter, OnModuleInit {
  constructor(
    private readonly citers: EvidenceCiters,
    private readonly documents: DocumentsService,
  ) {}

  onModuleInit(): void {
    this.citers.register(this);
  }

  maySee(caller: Caller, sha256: string): Promise<boolean> {
    return this.documents.maySeeFile(caller, sha256);
  }
}
