import { Caller, Role, TenantLevel } from '@liandong/tenancy';
import {
  evidenceProblems,
  hashesOf,
  isOwnUpload,
  MAX_EVIDENCE_PER_FINDING,
  uniqueHashes,
} from './evidence-access';
import type { EvidenceFileRow } from './evidence.repository';

const county: Caller = {
  userId: 'u-county',
  username: '410322',
  tenantId: 't-county',
  tenantPath: '4103.410322',
  tenantLevel: TenantLevel.COUNTY,
  roles: [Role.COORDINATOR],
  departmentId: null,
  committee: null,
};
const department: Caller = {
  ...county,
  userId: 'u-dept',
  roles: [Role.DEPARTMENT],
  departmentId: 'd-1',
};

const hash = (digit: string): string => digit.repeat(64);
const file = (sha256: string, uploaderPath: string, uploadedBy = 'someone'): EvidenceFileRow => ({
  sha256,
  name: 'a.pdf',
  mime: 'application/pdf',
  size: 1,
  tenantId: 't',
  uploadedBy,
  uploadedAt: new Date(0),
  uploaderPath,
});

describe('evidence access', () => {
  it('counts the uploader, and the subtree holding the uploading tenant', () => {
    expect(isOwnUpload(county, file(hash('a'), '4103.410322'))).toBe(true);
    expect(isOwnUpload(county, file(hash('a'), '4103.410322.410322101'))).toBe(true);
    expect(isOwnUpload(county, file(hash('a'), '4103'))).toBe(false);
    expect(isOwnUpload(county, file(hash('a'), '4103.410323'))).toBe(false);
    expect(isOwnUpload(department, file(hash('a'), '4103.410322'))).toBe(false);
    expect(isOwnUpload(department, file(hash('a'), '4103.410322', 'u-dept'))).toBe(true);
  });

  it('names every bad hash by row and position', () => {
    const files = new Map([
      [hash('a'), file(hash('a'), '4103.410322.410322101')],
      [hash('b'), file(hash('b'), '4103.410323')],
    ]);
    const rows = [[hash('a')], null, [hash('A'), 'not-a-hash', hash('b'), hash('c')]];
    expect(hashesOf(rows)).toEqual([hash('a'), hash('b'), hash('c')]);
    expect(evidenceProblems(county, rows, files)).toEqual([
      expect.objectContaining({ index: 2, field: 'evidence[1]', reason: 'NOT_A_SHA256' }),
      expect.objectContaining({ index: 2, field: 'evidence[2]', reason: 'EVIDENCE_NOT_UPLOADED' }),
      expect.objectContaining({ index: 2, field: 'evidence[3]', reason: 'EVIDENCE_NOT_UPLOADED' }),
    ]);
  });

  it('bounds the citations of one row and keeps their first order', () => {
    const many = Array.from({ length: MAX_EVIDENCE_PER_FINDING + 1 }, () => hash('a'));
    const files = new Map([[hash('a'), file(hash('a'), '4103.410322')]]);
    expect(evidenceProblems(county, [many], files)).toEqual([
      {
        index: 0,
        field: 'evidence',
        reason: 'TOO_MANY_EVIDENCE_FILES',
        zh: expect.stringContaining(`${MAX_EVIDENCE_PER_FINDING}`),
        en: expect.stringContaining(`${MAX_EVIDENCE_PER_FINDING}`),
      },
    ]);
    expect(uniqueHashes([hash('b'), ` ${hash('A')} `, hash('b')])).toEqual([hash('b'), hash('a')]);
  });
});
