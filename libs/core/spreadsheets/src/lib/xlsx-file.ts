import { createReadStream } from 'node:fs';
import { FileHandle, open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { AppException, Said } from '@liandong/errors';

/** What an upload may unpack to: generous for 10,000 long rows, far below what would exhaust memory. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_ENTRY_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_ENTRY_SIZE = 46;
const LOCAL_ENTRY_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
/** Sizes and checksum follow the data instead of standing in the local header. */
const DATA_DESCRIPTOR_FLAG = 0x8;
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File (OLE2): the old .xls format, and also every password-protected workbook. */
const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  packedBytes: number;
  unpackedBytes: number;
  localOffset: number;
}

function refuse(reason: string, said: Said): AppException {
  return AppException.badInput('file', reason, said);
}

/** Also the refusal of a workbook whose parser finds no sheet. */
export function noSheet(): AppException {
  return refuse('WORKBOOK_HAS_NO_SHEET', { zh: '工作簿中没有工作表', en: 'The workbook has no sheet.' });
}

function damaged(): AppException {
  return refuse('FILE_DAMAGED', {
    zh: '文件不完整或已损坏,请重新保存后再导入',
    en: 'The file is truncated or damaged.',
  });
}

function tooLarge(limit: number): AppException {
  const mb = Math.round(limit / 1024 / 1024);
  return refuse('WORKBOOK_TOO_LARGE', {
    zh: `文件解压后超过 ${mb} MB,请分批导入`,
    en: `The workbook unpacks to more than ${mb} MB: import it in parts.`,
  });
}

/** The zip's central directory as its end record declares it, or null when the tail is not a zip's. */
export function locateCentralDirectory(
  tail: Buffer,
  tailOffset: number,
): { offset: number; size: number } | null {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (
      tail.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + tail.readUInt16LE(at + 20) <= tail.length
    ) {
      const size = tail.readUInt32LE(at + 12);
      const offset = tail.readUInt32LE(at + 16);
      if (offset === ZIP64_MARK || offset + size > tailOffset + at) {
        return null;
      }
      return { offset, size };
    }
  }
  return null;
}

/** The entries of a central directory; null when it is not one (damaged or truncated). */
export function parseCentralDirectory(directory: Buffer): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at < directory.length) {
    if (
      at + CENTRAL_ENTRY_SIZE > directory.length ||
      directory.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE
    ) {
      return null;
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const end =
      at +
      CENTRAL_ENTRY_SIZE +
      nameLength +
      directory.readUInt16LE(at + 30) +
      directory.readUInt16LE(at + 32);
    if (end > directory.length) {
      return null;
    }
    const unpacked = directory.readUInt32LE(at + 24);
    entries.push({
      name: directory.toString('utf8', at + CENTRAL_ENTRY_SIZE, at + CENTRAL_ENTRY_SIZE + nameLength),
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      packedBytes: directory.readUInt32LE(at + 20),
      // A zip64 size does not fit here; it is far beyond any limit anyway.
      unpackedBytes: unpacked === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : unpacked,
      localOffset: directory.readUInt32LE(at + 42),
    });
    at = end;
  }
  return entries;
}

/**
 * Unpacks one entry to nowhere, counting bytes and its checksum. A damaged entry must be refused here:
 * the streaming spreadsheet parser waits forever on one whose inflation fails.
 */
async function verifyEntry(
  path: string,
  file: FileHandle,
  size: number,
  entry: ZipEntry,
  budget: number,
  limit: number,
): Promise<number> {
  const local = Buffer.alloc(LOCAL_ENTRY_SIZE);
  const { bytesRead } = await file.read(local, 0, LOCAL_ENTRY_SIZE, entry.localOffset);
  const consistent =
    bytesRead === LOCAL_ENTRY_SIZE &&
    local.readUInt32LE(0) === LOCAL_ENTRY_SIGNATURE &&
    local.readUInt16LE(8) === entry.method &&
    ((local.readUInt16LE(6) & DATA_DESCRIPTOR_FLAG) !== 0 || local.readUInt32LE(18) === entry.packedBytes);
  const start = entry.localOffset + LOCAL_ENTRY_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (!consistent || start + entry.packedBytes > size) {
    throw damaged();
  }
  if (entry.flags & ENCRYPTED_FLAG) {
    throw refuse('WORKBOOK_ENCRYPTED', {
      zh: '工作簿已加密,请取消密码后再导入',
      en: 'The workbook is encrypted: remove the password.',
    });
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw damaged();
  }
  let unpacked = 0;
  let crc = 0;
  if (entry.packedBytes > 0) {
    const count = new Writable({
      write(chunk: Buffer, _encoding, done): void {
        unpacked += chunk.length;
        crc = crc32(chunk, crc);
        done(unpacked > budget ? tooLarge(limit) : null);
      },
    });
    const packed = createReadStream(path, { start, end: start + entry.packedBytes - 1 });
    try {
      await (entry.method === DEFLATED
        ? pipeline(packed, createInflateRaw(), count)
        : pipeline(packed, count));
    } catch (error) {
      throw error instanceof AppException ? error : damaged();
    }
  }
  if (unpacked !== entry.unpackedBytes || crc !== entry.crc) {
    throw damaged();
  }
  return unpacked;
}

/**
 * Refuses, with a sentence a person can act on, an upload that is not a sound .xlsx workbook before any
 * spreadsheet parser sees it: an old .xls, a CSV, a truncated or corrupted download, a Word file, a zip
 * bomb. Every entry is unpacked once (counting, not keeping) to check its size and checksum.
 */
export async function assertXlsxFile(path: string, limit = MAX_UNPACKED_BYTES): Promise<void> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size === 0) {
      throw refuse('FILE_EMPTY', { zh: '文件为空', en: 'The file is empty.' });
    }
    const head = Buffer.alloc(Math.min(size, OLE2_HEADER.length));
    await file.read(head, 0, head.length, 0);
    if (head.equals(OLE2_HEADER)) {
      throw refuse('OLD_OR_ENCRYPTED_WORKBOOK', {
        zh: '这是旧版 .xls 或加密的 Excel 文件,请另存为不加密的 .xlsx 后再导入',
        en: 'This is an old .xls or a password-protected workbook: save it as an unprotected .xlsx.',
      });
    }
    if (!head.subarray(0, LOCAL_HEADER.length).equals(LOCAL_HEADER)) {
      throw refuse('NOT_XLSX', { zh: '不是 Excel 文件(.xlsx)', en: 'Not an .xlsx file.' });
    }
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const location = locateCentralDirectory(tail, size - tailLength);
    const directory = location ? Buffer.alloc(location.size) : null;
    if (location && directory) {
      await file.read(directory, 0, location.size, location.offset);
    }
    const entries = directory ? parseCentralDirectory(directory) : null;
    if (!entries) {
      throw damaged();
    }
    const names = new Set(entries.map((entry) => entry.name));
    if (!names.has('xl/workbook.xml')) {
      throw refuse('NOT_A_WORKBOOK', {
        zh: '不是 Excel 工作簿(.xlsx)',
        en: 'Not an Excel workbook (.xlsx).',
      });
    }
    if (!entries.some((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name))) {
      throw noSheet();
    }
    if (entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0) > limit) {
      throw tooLarge(limit);
    }
    let budget = limit;
    for (const entry of entries) {
      budget -= await verifyEntry(path, file, size, entry, budget, limit);
    }
  } finally {
    await file.close();
  }
}
