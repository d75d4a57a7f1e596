import { Inject, Injectable, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { AppException, Said } from '@liandong/errors';
import {
  contentKey,
  FILE_STORE,
  FileStaging,
  FileStore,
  FileTooLargeError,
  isSha256Hex,
  StagedFile,
} from '@liandong/files';
import { Caller, hasPermission, isDepartmentCaller, Permission } from '@liandong/tenancy';
import { FindingsService } from '../findings/findings.service';
import { EvidenceCiters } from './evidence-citers';
import { evidenceProblems, hashesOf, isOwnUpload, normalizeHash, uniqueHashes } from './evidence-access';
import { EVIDENCE_HEAD_BYTES, evidenceTypeOf } from './evidence-type';
import { EvidenceFileRow, EvidenceRepository } from './evidence.repository';

const EVIDENCE: Said = { zh: '证据文件', en: 'Evidence file' };
const NAME_MAX = 255;

/** What a client is told about a stored file (the contract's `Evidence`, less its URL). */
export interface EvidenceFileView {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

/** An upload as the transport hands it over: the bytes as a stream, what the client says they are. */
export interface IncomingUpload {
  body: Readable;
  name: string;
  declaredMime: string | null;
}

/** A stored file opened for download. */
export interface EvidenceDownload {
  file: EvidenceFileView;
  body: Readable;
}

export function evidenceUrl(sha256: string): string {
  return `/files/${sha256}`;
}

/** A file name safe to store and send back: no folders, no control characters, bounded length. */
export function cleanFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(0, NAME_MAX).join('') || 'file';
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} B`;
}

function view(file: EvidenceFileView): EvidenceFileView {
  return { sha256: file.sha256, name: file.name, mime: file.mime, size: file.size };
}

/**
 * Evidence files: stored once by their SHA-256, however often and by whomever they are uploaded, and
 * served only to callers who may see a finding citing them, or to the uploader's own subtree (so a
 * file can be checked before it is cited).
 */
@Injectable()
export class EvidenceService {
  readonly maxBytes: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly staging: FileStaging,
    private readonly evidence: EvidenceRepository,
    private readonly findings: FindingsService,
    private readonly citers: EvidenceCiters,
  ) {
    this.maxBytes = config.files.maxBytes;
  }

  /** Reporters upload for findings, departments for their rectification reports; viewers do not. */
  assertMayUpload(caller: Caller): void {
    if (
      !hasPermission(caller, Permission.REPORT_FINDINGS) &&
      !hasPermission(caller, Permission.WORK_HANDOFFS)
    ) {
      throw AppException.forbidden('MAY_NOT_UPLOAD_EVIDENCE', {
        zh: '当前账号不能上传证据文件',
        en: 'Your role may not upload evidence.',
      });
    }
  }

  /**
   * Stores an upload: hashed and measured while it streams to a staging file, refused past the size
   * limit (413) or when its content is not an accepted type (415), then handed to the store unless the
   * same content is already there. `receive` is called only once the caller may upload.
   */
  async register(
    caller: Caller,
    receive: (maxBytes: number) => Promise<IncomingUpload>,
  ): Promise<EvidenceFileView> {
    this.assertMayUpload(caller);
    const { upload, staged } = await this.receive(receive);
    const name = cleanFileName(upload.name);
    let mime: string;
    try {
      if (staged.size === 0) {
        throw AppException.badInput('file', 'FILE_EMPTY', { zh: '文件为空', en: 'the file is empty' });
      }
      const type = evidenceTypeOf(staged.head, { mime: upload.declaredMime, name });
      if (!type) {
        throw new UnsupportedMediaTypeException(
          '不支持的文件类型:仅接受图片(JPEG/PNG/WebP/HEIC)、PDF、Word/Excel、纯文本、MP4/MOV 视频、MP3/M4A/AMR 音频和 ZIP / ' +
            'Unsupported file type: images (JPEG, PNG, WebP, HEIC), PDF, Word/Excel, plain text, MP4/MOV video, ' +
            'MP3/M4A/AMR audio and ZIP are accepted.',
        );
      }
      mime = type;
      const key = contentKey(staged.sha256);
      if (!(await this.store.exists(key))) {
        await this.store.putFile(key, staged.path, { size: staged.size, contentType: mime });
      }
    } finally {
      await this.staging.discard(staged);
    }
    await this.evidence.insertFile({
      sha256: staged.sha256,
      name,
      mime,
      size: staged.size,
      tenantId: caller.tenantId,
      uploadedBy: caller.userId,
    });
    // The same content uploaded before keeps its first record; an uploader outside that record's subtree
    // is told only what it sent itself.
    const stored = await this.evidence.findFile(staged.sha256);
    return stored && isOwnUpload(caller, stored)
      ? view(stored)
      : { sha256: staged.sha256, name, mime, size: staged.size };
  }

  /** True when a finding citing the file is visible to the caller, or it was uploaded in their subtree. */
  async canDownload(caller: Caller, sha256: string): Promise<boolean> {
    return (await this.visibleFile(caller, sha256)) !== null;
  }

  /** Opens a file for a caller allowed to see it; unknown and forbidden look alike (NOT_FOUND). */
  async open(caller: Caller, sha256: string): Promise<EvidenceDownload> {
    const file = await this.visibleFile(caller, sha256);
    const body = file ? await this.store.get(contentKey(file.sha256)) : null;
    if (!file || !body) {
      throw AppException.notFound(EVIDENCE, sha256.slice(0, 64));
    }
    return { file: view(file), body };
  }

  /**
   * The hashes normalized and without repeats, or BAD_USER_INPUT naming every bad one by its position:
   * each must be a file uploaded from the caller's subtree.
   */
  async assertUploaded(caller: Caller, hashes: readonly string[], field = 'evidence'): Promise<string[]> {
    const files = await this.evidence.findFiles(hashesOf([hashes]));
    const problems = evidenceProblems(
      caller,
      [hashes],
      new Map(files.map((file) => [file.sha256, file])),
      field,
    );
    if (problems.length > 0) {
      throw AppException.badFields(problems.map(({ index: _row, ...problem }) => problem));
    }
    return uniqueHashes(hashes);
  }

  /** Replaces a finding's citations, in the given order; run inside the finding's transaction. */
  async cite(manager: EntityManager, findingId: string, hashes: readonly string[]): Promise<void> {
    await this.evidence.replaceCitations(manager, findingId, uniqueHashes(hashes));
  }

  /** The evidence each finding cites, in citation order (for `Finding.evidence`, batched by a loader). */
  async citedBy(
    findingIds: readonly string[],
  ): Promise<Map<string, Array<EvidenceFileView & { url: string }>>> {
    const rows = await this.evidence.citations(findingIds);
    const byFinding = new Map<string, Array<EvidenceFileView & { url: string }>>(
      findingIds.map((id) => [id, []]),
    );
    for (const row of rows) {
      byFinding.get(row.findingId)?.push({ ...view(row.file), url: evidenceUrl(row.file.sha256) });
    }
    return byFinding;
  }

  private async receive(
    receive: (maxBytes: number) => Promise<IncomingUpload>,
  ): Promise<{ upload: IncomingUpload; staged: StagedFile }> {
    let upload: IncomingUpload | null = null;
    try {
      upload = await receive(this.maxBytes);
      const staged = await this.staging.stage(upload.body, {
        maxBytes: this.maxBytes,
        headBytes: EVIDENCE_HEAD_BYTES,
      });
      return { upload, staged };
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        const limit = formatBytes(this.maxBytes);
        throw new PayloadTooLargeException(
          `文件超过 ${limit} 上限,未保存 / The file exceeds the ${limit} limit; nothing was stored.`,
        );
      }
      if (upload && error === upload.body.errored) {
        throw AppException.badInput('file', 'UPLOAD_BROKEN', {
          zh: '上传中断或格式有误,未保存',
          en: 'the upload broke off or is malformed',
        });
      }
      throw error;
    }
  }

  private async visibleFile(caller: Caller, sha256: string): Promise<EvidenceFileRow | null> {
    const hash = normalizeHash(sha256);
    if (!isSha256Hex(hash)) {
      return null;
    }
    const file = await this.evidence.findFile(hash);
    if (!file) {
      return null;
    }
    if (isOwnUpload(caller, file)) {
      return file;
    }
    const citing = await this.evidence.citingFindings(
      hash,
      isDepartmentCaller(caller) && caller.departmentId
        ? { departmentId: caller.departmentId }
        : { tenantPath: caller.tenantPath },
    );
    if (citing.some((finding) => this.findings.canSee(caller, finding))) {
      return file;
    }
    return (await this.citers.anyMaySee(caller, hash)) ? file : null;
  }
}
