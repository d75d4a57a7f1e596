import { Injectable } from '@nestjs/common';
import { Db } from '@liandong/db';
import { AppException, parseId, parseIds, Said } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { FindingStatus } from '../findings/finding-status';
import { FindingTransitions } from '../findings/finding-transitions';
import { FindingEntity } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { MIN_TEXT_SIMILARITY, rankCandidates } from './duplicate-score';
import { DuplicatesRepository, FindingLineage, FindingReporters } from './duplicates.repository';
import { checkMerge, checkMergeRequest, MergeRefusal, MergeSubject } from './merge-rules';

const FINDING: Said = { zh: '问题', en: 'Finding' };

export interface DuplicateCandidate {
  finding: FindingEntity;
  score: number;
  reasons: string[];
}

/** Finding the same problem reported twice, and keeping it once. */
@Injectable()
export class DuplicatesService {
  constructor(
    private readonly db: Db,
    private readonly duplicates: DuplicatesRepository,
    private readonly findings: FindingsService,
    private readonly transitions: FindingTransitions,
  ) {}

  /**
   * Findings of the same project in the caller's subtree that look like the same problem as the one asked
   * about (which the caller must be able to see), best first, with the reasons.
   */
  async duplicateCandidates(caller: Caller, findingId: string): Promise<DuplicateCandidate[]> {
    assertPermission(caller, Permission.READ);
    const id = parseId(findingId, 'findingId');
    const [finding] = await this.duplicates.findByIds([id]);
    if (!finding || !this.findings.canSee(caller, finding)) {
      throw AppException.notFound(FINDING, id);
    }
    const signals = await this.duplicates.candidateSignals(caller.tenantPath, finding, MIN_TEXT_SIMILARITY);
    const ranked = rankCandidates(signals);
    const byId = new Map(
      (await this.duplicates.findByIds(ranked.map((candidate) => candidate.id))).map((f) => [f.id, f]),
    );
    return ranked.flatMap((candidate) => {
      const other = byId.get(candidate.id);
      return other ? [{ finding: other, score: candidate.score, reasons: candidate.reasons }] : [];
    });
  }

  /** Every tenant credited with each finding: its reporter, then those of the findings merged into it. */
  reporters(findingIds: readonly string[]): Promise<FindingReporters[]> {
    return this.duplicates.reporters(findingIds);
  }

  /** Each finding's canonical one (when merged) and its recurrence flag. */
  lineage(findingIds: readonly string[]): Promise<FindingLineage[]> {
    return this.duplicates.lineage(findingIds);
  }

  /**
   * Merges duplicates into one canonical finding: all or nothing, under row locks. The duplicates become
   * MERGED pointing at it, so the canonical one credits every reporter and progress counts the problem once.
   */
  async mergeFindings(
    caller: Caller,
    canonicalId: string,
    duplicateIds: readonly string[],
  ): Promise<FindingEntity> {
    assertPermission(caller, Permission.REVIEW_FINDINGS);
    const canonical = parseId(canonicalId, 'canonicalId');
    const duplicates = [...new Set(parseIds(duplicateIds, 'duplicateIds'))];
    const problem = checkMergeRequest(canonical, duplicates);
    if (problem) {
      throw AppException.badFields([problem]);
    }
    return this.db.transaction(async (manager) => {
      const locked = await this.duplicates.lockByIds(manager, [canonical, ...duplicates]);
      const subjects = new Map<string, MergeSubject>(
        locked.map((finding) => [
          finding.id,
          {
            id: finding.id,
            projectId: finding.projectId,
            status: finding.status,
            visible: this.findings.canSee(caller, finding),
          },
        ]),
      );
      const refusal = checkMerge(canonical, duplicates, subjects);
      if (refusal) {
        throw refusalToException(refusal);
      }
      await this.duplicates.repointMerged(manager, canonical, duplicates);
      await this.transitions.move(
        manager,
        locked.filter((finding) => finding.id !== canonical),
        FindingStatus.MERGED,
        { canonicalId: canonical },
      );
      const [merged] = await this.duplicates.findByIds([canonical], manager);
      return merged;
    });
  }
}

function refusalToException(refusal: MergeRefusal): AppException {
  switch (refusal.code) {
    case 'NOT_FOUND':
      return AppException.notFound(FINDING, refusal.id);
    case 'BAD_USER_INPUT':
      return AppException.badInput(refusal.field, refusal.reason, { zh: refusal.zh, en: refusal.en });
    case 'CONFLICT':
      return AppException.conflict(refusal.reason, { zh: refusal.zh, en: refusal.en });
  }
}
