import { Injectable } from '@nestjs/common';
import { Caller } from '@liandong/tenancy';

/**
 * A record other than a finding that cites stored files (a rectification report's proof, a generated
 * letter or report): it says whether the caller may see a record of its kind citing the file.
 */
export interface EvidenceCiter {
  maySee(caller: Caller, sha256: string): Promise<boolean>;
}

/**
 * The citers the download check asks after the findings. Libraries further down the flow (handoffs,
 * results) register theirs when their module starts, so `GET /files/:sha256` stays the one way to a file
 * and each kind of record keeps its own access rule.
 */
@Injectable()
export class EvidenceCiters {
  private readonly citers: EvidenceCiter[] = [];

  register(citer: EvidenceCiter): void {
    this.citers.push(citer);
  }

  /** True when any registered kind of record citing the file is visible to the caller. */
  async anyMaySee(caller: Caller, sha256: string): Promise<boolean> {
    for (const citer of this.citers) {
      if (await citer.maySee(caller, sha256)) {
        return true;
      }
    }
    return false;
  }
}
