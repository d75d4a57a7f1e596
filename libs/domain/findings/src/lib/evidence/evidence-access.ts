import { FieldProblem, RowProblem } from '@liandong/errors';
import { isSha256Hex } from '@liandong/files';
import { Caller, canSeeSubtreeOf } from '@liandong/tenancy';
import type { EvidenceFileRow } from './evidence.repository';

/** Citations one finding may carry. */
export const MAX_EVIDENCE_PER_FINDING = 50;

export function normalizeHash(hash: string): string {
  return hash.trim().toLowerCase();
}

/** Normalized, first occurrence kept: the citation order. */
export function uniqueHashes(hashes: readonly string[]): string[] {
  return [...new Set(hashes.map(normalizeHash))];
}

/** Every well-formed hash of a batch, once: what to look up before checking it. */
export function hashesOf(rows: ReadonlyArray<readonly string[] | null | undefined>): string[] {
  return [...new Set(rows.flatMap((hashes) => (hashes ?? []).map(normalizeHash).filter(isSha256Hex)))];
}

/** The uploader's own account, or the subtree of the tenant that uploaded it. */
export function isOwnUpload(
  caller: Caller,
  file: Pick<EvidenceFileRow, 'uploadedBy' | 'uploaderPath'>,
): boolean {
  return (
    file.uploadedBy === caller.userId ||
    (file.uploaderPath !== null && canSeeSubtreeOf(caller, file.uploaderPath))
  );
}

/**
 * What is wrong with the evidence of a batch of rows (e.g. findings): each must be the SHA-256 of a file
 * uploaded from the caller's subtree, at most {@link MAX_EVIDENCE_PER_FINDING} a row. Rows are named by
 * index, hashes by their position (`evidence[2]`). `files` holds the looked-up files by hash.
 */
export function evidenceProblems(
  caller: Caller,
  rows: ReadonlyArray<readonly string[] | null | undefined>,
  files: ReadonlyMap<string, EvidenceFileRow>,
  field = 'evidence',
): RowProblem[] {
  return rows.flatMap((hashes, index) =>
    problemsOf(caller, hashes ?? [], files, field).map((problem) => ({ index, ...problem })),
  );
}

function problemsOf(
  caller: Caller,
  hashes: readonly string[],
  files: ReadonlyMap<string, EvidenceFileRow>,
  field: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (hashes.length > MAX_EVIDENCE_PER_FINDING) {
    problems.push({
      field,
      reason: 'TOO_MANY_EVIDENCE_FILES',
      zh: `最多引用 ${MAX_EVIDENCE_PER_FINDING} 个文件`,
      en: `at most ${MAX_EVIDENCE_PER_FINDING} files`,
    });
  }
  hashes.forEach((raw, position) => {
    const hash = normalizeHash(raw);
    const file = files.get(hash);
    if (!isSha256Hex(hash)) {
      problems.push({
        field: `${field}[${position}]`,
        reason: 'NOT_A_SHA256',
        zh: '不是 SHA-256',
        en: 'not a SHA-256 hex digest',
      });
    } else if (!file || !isOwnUpload(caller, file)) {
      problems.push({
        field: `${field}[${position}]`,
        reason: 'EVIDENCE_NOT_UPLOADED',
        zh: '文件未上传或不在本辖区',
        en: 'no such file uploaded within your subtree (POST /files first)',
      });
    }
  });
  return problems;
}
