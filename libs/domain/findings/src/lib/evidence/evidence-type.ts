/**
 * Which files are accepted as evidence, told from their leading bytes rather than from what the client
 * declares. Where the bytes name a container but not its use (a ZIP may be a .docx; an OLE2 file may be
 * a .doc or an installer), the declared type or the file name picks among the allowed uses, never beyond.
 */

export const EvidenceMime = {
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  WEBP: 'image/webp',
  HEIC: 'image/heic',
  HEIF: 'image/heif',
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  DOC: 'application/msword',
  XLS: 'application/vnd.ms-excel',
  TEXT: 'text/plain',
  MP4: 'video/mp4',
  QUICKTIME: 'video/quicktime',
  MPEG_AUDIO: 'audio/mpeg',
  MP4_AUDIO: 'audio/mp4',
  AMR: 'audio/amr',
  ZIP: 'application/zip',
} as const;
export type EvidenceMime = (typeof EvidenceMime)[keyof typeof EvidenceMime];

/** How many leading bytes the check reads: enough for an ISO BMFF `ftyp` box and a look at plain text. */
export const EVIDENCE_HEAD_BYTES = 512;

export interface DeclaredType {
  /** The Content-Type the client sent for the part (may be missing or generic). */
  mime?: string | null;
  name?: string | null;
}

const EXTENSION_MIME: Record<string, EvidenceMime> = {
  jpg: EvidenceMime.JPEG,
  jpeg: EvidenceMime.JPEG,
  png: EvidenceMime.PNG,
  webp: EvidenceMime.WEBP,
  heic: EvidenceMime.HEIC,
  heif: EvidenceMime.HEIF,
  pdf: EvidenceMime.PDF,
  docx: EvidenceMime.DOCX,
  xlsx: EvidenceMime.XLSX,
  doc: EvidenceMime.DOC,
  xls: EvidenceMime.XLS,
  txt: EvidenceMime.TEXT,
  mp4: EvidenceMime.MP4,
  mov: EvidenceMime.QUICKTIME,
  mp3: EvidenceMime.MPEG_AUDIO,
  m4a: EvidenceMime.MP4_AUDIO,
  amr: EvidenceMime.AMR,
  zip: EvidenceMime.ZIP,
};

function startsWith(head: Buffer, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
}

function ascii(head: Buffer, start: number, end: number): string {
  return head.length >= end ? head.toString('latin1', start, end) : '';
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
const MP4_AUDIO_BRANDS = new Set(['M4A ', 'M4B ']);
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'M4V ',
  'MSNV',
  'f4v ',
]);
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** The ISO base media file (`ftyp` box): HEIF images, MP4 video and audio, QuickTime. */
function isoMediaTypes(head: Buffer): EvidenceMime[] {
  if (ascii(head, 4, 8) !== 'ftyp') {
    return QUICKTIME_ATOMS.has(ascii(head, 4, 8)) ? [EvidenceMime.QUICKTIME] : [];
  }
  const boxSize = Math.min(head.readUInt32BE(0), head.length);
  const major = ascii(head, 8, 12);
  const brands = [major];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    brands.push(ascii(head, offset, offset + 4));
  }
  if (HEIC_BRANDS.has(major) || (HEIF_BRANDS.has(major) && brands.some((b) => HEIC_BRANDS.has(b)))) {
    return [EvidenceMime.HEIC, EvidenceMime.HEIF];
  }
  if (HEIF_BRANDS.has(major) && !brands.some((b) => b.startsWith('avi'))) {
    return [EvidenceMime.HEIF, EvidenceMime.HEIC];
  }
  if (major === 'qt  ') {
    return [EvidenceMime.QUICKTIME];
  }
  if (MP4_AUDIO_BRANDS.has(major)) {
    return [EvidenceMime.MP4_AUDIO];
  }
  if (MP4_BRANDS.has(major)) {
    // The container does not say whether it holds video or only sound; the client may say.
    return [EvidenceMime.MP4, EvidenceMime.MP4_AUDIO];
  }
  return [];
}

/**
 * An MPEG audio frame header: 11 sync bits, a known version, a layer other than "reserved" (which is
 * AAC's ADTS), a valid bitrate and sampling rate.
 */
function isMpegAudioFrame(head: Buffer): boolean {
  if (head.length < 4 || head[0] !== 0xff) {
    return false;
  }
  const [second, third] = [head[1], head[2]];
  return (
    (second & 0xe0) === 0xe0 &&
    (second & 0x18) !== 0x08 &&
    (second & 0x06) !== 0 &&
    (third & 0xf0) !== 0xf0 &&
    (third & 0x0c) !== 0x0c
  );
}

/**
 * Plain text has no signature; it is accepted when declared or named as text and its head holds no
 * control bytes other than tab, line breaks, form feed and escape (NUL marks nearly every binary format).
 * Any encoding passes (UTF-8, GB 18030 …): bytes from 0x80 up are never refused.
 */
function looksLikeText(head: Buffer): boolean {
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) {
      return false;
    }
  }
  return true;
}

/** The candidates the content allows, best first; empty when the bytes match no allowed format. */
function contentTypes(head: Buffer): EvidenceMime[] | 'ZIP' | 'OLE2' | 'TEXT?' {
  if (startsWith(head, [0xff, 0xd8, 0xff])) {
    return [EvidenceMime.JPEG];
  }
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return [EvidenceMime.PNG];
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
    return [EvidenceMime.WEBP];
  }
  if (ascii(head, 0, 5) === '%PDF-') {
    return [EvidenceMime.PDF];
  }
  if (ascii(head, 0, 6) === '#!AMR\n' || ascii(head, 0, 9) === '#!AMR-WB\n') {
    return [EvidenceMime.AMR];
  }
  if (ascii(head, 0, 3) === 'ID3' || isMpegAudioFrame(head)) {
    return [EvidenceMime.MPEG_AUDIO];
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return 'ZIP';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'OLE2';
  }
  const media = head.length >= 12 ? isoMediaTypes(head) : [];
  if (media.length > 0) {
    return media;
  }
  return looksLikeText(head) ? 'TEXT?' : [];
}

function extensionOf(name: string | null | undefined): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}

function normalizedMime(mime: string | null | undefined): string {
  return (mime ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The MIME type to store for an upload, or null when it is not an accepted evidence type. The result is
 * always one the content supports: a declaration can choose between readings of the same bytes, never
 * turn an executable into a PDF.
 */
export function evidenceTypeOf(head: Buffer, declared: DeclaredType = {}): EvidenceMime | null {
  const mime = normalizedMime(declared.mime);
  const fromName = EXTENSION_MIME[extensionOf(declared.name)];
  const declaredAs = (candidate: EvidenceMime): boolean => mime === candidate || fromName === candidate;
  const found = contentTypes(head);
  switch (found) {
    case 'ZIP':
      if (declaredAs(EvidenceMime.DOCX)) {
        return EvidenceMime.DOCX;
      }
      return declaredAs(EvidenceMime.XLSX) ? EvidenceMime.XLSX : EvidenceMime.ZIP;
    case 'OLE2':
      // Installers (.msi) and other OLE2 files share the signature: only a named Word or Excel file passes.
      if (declaredAs(EvidenceMime.DOC)) {
        return EvidenceMime.DOC;
      }
      return declaredAs(EvidenceMime.XLS) ? EvidenceMime.XLS : null;
    case 'TEXT?':
      return head.length > 0 && declaredAs(EvidenceMime.TEXT) ? EvidenceMime.TEXT : null;
    default:
      return found.find(declaredAs) ?? found[0] ?? null;
  }
}
