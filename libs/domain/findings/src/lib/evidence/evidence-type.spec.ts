import { EvidenceMime, evidenceTypeOf } from './evidence-type';

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

/** An ISO BMFF `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]): Buffer => {
  const box = bytes([0, 0, 0, 0], 'ftyp', major, [0, 0, 0, 0], ...compatible);
  box.writeUInt32BE(box.length, 0);
  return Buffer.concat([box, bytes([0, 0, 0, 8], 'free')]);
};

describe('evidenceTypeOf', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), EvidenceMime.JPEG],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), EvidenceMime.PNG],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), EvidenceMime.WEBP],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), EvidenceMime.HEIC],
    ['HEIF with a HEIC brand', ftyp('mif1', 'mif1', 'heic'), EvidenceMime.HEIC],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3'), EvidenceMime.PDF],
    ['MP4 video', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), EvidenceMime.MP4],
    ['QuickTime', ftyp('qt  ', 'qt  '), EvidenceMime.QUICKTIME],
    ['QuickTime without ftyp', bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'mdat'), EvidenceMime.QUICKTIME],
    ['M4A audio', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), EvidenceMime.MP4_AUDIO],
    ['MP3 with ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), EvidenceMime.MPEG_AUDIO],
    ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64, 0, 0]), EvidenceMime.MPEG_AUDIO],
    ['AMR', bytes('#!AMR\n', [0x3c, 0x48]), EvidenceMime.AMR],
    ['AMR-WB', bytes('#!AMR-WB\n', [0x04]), EvidenceMime.AMR],
    ['ZIP', bytes('PK', [3, 4, 20, 0, 0, 0, 8, 0]), EvidenceMime.ZIP],
  ])('tells %s from its bytes alone', (_name, head, mime) => {
    expect(evidenceTypeOf(head)).toBe(mime);
    // A generic or wrong declaration changes nothing.
    expect(evidenceTypeOf(head, { mime: 'application/octet-stream', name: 'upload.bin' })).toBe(mime);
  });

  it('lets the name or declared type say which use of a ZIP it is', () => {
    const zip = bytes('PK', [3, 4, 20, 0, 6, 0, 8, 0], '[Content_Types].xml');
    expect(evidenceTypeOf(zip, { name: '整改报告.docx' })).toBe(EvidenceMime.DOCX);
    expect(evidenceTypeOf(zip, { mime: EvidenceMime.XLSX, name: 'blob' })).toBe(EvidenceMime.XLSX);
    expect(evidenceTypeOf(zip, { name: 'photos.zip' })).toBe(EvidenceMime.ZIP);
  });

  it('accepts an OLE2 file only as a named Word or Excel file, never an installer', () => {
    const ole2 = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(evidenceTypeOf(ole2, { name: '台账.xls' })).toBe(EvidenceMime.XLS);
    expect(evidenceTypeOf(ole2, { mime: 'application/msword' })).toBe(EvidenceMime.DOC);
    expect(evidenceTypeOf(ole2, { name: 'setup.msi' })).toBeNull();
    expect(evidenceTypeOf(ole2)).toBeNull();
  });

  it('lets a declaration pick audio for an MP4 container, but not another format', () => {
    const mp4 = ftyp('isom', 'isom', 'mp41');
    expect(evidenceTypeOf(mp4, { mime: 'audio/mp4' })).toBe(EvidenceMime.MP4_AUDIO);
    expect(evidenceTypeOf(mp4, { mime: 'application/pdf', name: 'a.pdf' })).toBe(EvidenceMime.MP4);
  });

  it('accepts plain text in any encoding when it is declared or named as text', () => {
    const utf8 = Buffer.from('走访记录:\r\n\t窗口无人值守。\n', 'utf8');
    const gb18030 = bytes([0xd7, 0xdf, 0xb7, 0xc3, 0xbc, 0xc7, 0xc2, 0xbc, 0x0a]);
    expect(evidenceTypeOf(utf8, { mime: 'text/plain; charset=utf-8' })).toBe(EvidenceMime.TEXT);
    expect(evidenceTypeOf(gb18030, { name: '记录.txt' })).toBe(EvidenceMime.TEXT);
    expect(evidenceTypeOf(utf8, { mime: 'text/html', name: 'page.html' })).toBeNull();
    expect(evidenceTypeOf(Buffer.alloc(0), { name: 'empty.txt' })).toBeNull();
  });

  it.each([
    ['an ELF executable', bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0])],
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0])],
    ['AAC in ADTS (sync bits, reserved layer)', bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f])],
    ['AVIF', ftyp('avif', 'avif', 'mif1', 'miaf')],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0])],
  ])('refuses %s, whatever it is called', (_name, head) => {
    expect(evidenceTypeOf(head)).toBeNull();
    expect(evidenceTypeOf(head, { mime: 'application/pdf', name: '报告.pdf' })).toBeNull();
    expect(evidenceTypeOf(head, { mime: 'text/plain', name: 'notes.txt' })).toBeNull();
  });
});
