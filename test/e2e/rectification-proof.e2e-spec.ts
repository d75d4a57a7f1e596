import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  downloadStatus,
  fieldsOf,
  findingInput,
  HAND_OFF,
  photoBytes,
  Platform,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
  uploadFile,
} from '@liandong/testing-system';
import { addDays } from './dates';

const SIGN = 'mutation ($id: ID!) { signHandoff(id: $id) { id status } }';
const REPORT = `mutation ($handoffId: ID!, $input: RectificationReportInput!) {
  reportRectification(handoffId: $handoffId, input: $input) { id status } }`;
const VERIFY_FINDINGS = `mutation ($handoffId: ID!, $input: HandoffVerificationInput!) {
  verifyHandoffFindings(handoffId: $handoffId, input: $input) { id status findings { id status } } }`;
const PROOF = `query ($id: ID!) { handoff(id: $id) { id status
  reports { final measures evidence { findingId file { sha256 name mime size url } } }
  verifications { method opinion closed verifiedAt verifiedBy verifiers { name deputy }
    results { findingId result opinion } } } }`;

interface Proof {
  handoff: {
    status: string;
    reports: Array<{
      final: boolean;
      evidence: Array<{ findingId: string | null; file: { sha256: string; name: string; url: string } }>;
    }>;
    verifications: Array<{
      method: string | null;
      closed: boolean;
      verifiers: Array<{ name: string; deputy: boolean }>;
      results: Array<{ findingId: string; result: string; opinion: string | null }>;
    }>;
  };
}

const photo = () => photoBytes();

const verifiers = [
  { name: '王建国', deputy: false },
  { name: '李代表', deputy: true },
];

describe('proof of rectification and verification finding by finding (核查销号)', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let countyClient: GraphqlClient;
  let township: GraphqlClient;
  let department: GraphqlClient;
  let handoffId: string;
  let findingA: string;
  let findingB: string;

  const upload = (client: GraphqlClient, bytes: Buffer, name: string) =>
    uploadFile(platform, client, bytes, name);
  const download = (client: GraphqlClient, sha256: string) => downloadStatus(platform, client, sha256);

  const proof = async (client: GraphqlClient) => (await client.ok<Proof>(PROOF, { id: handoffId })).handoff;
  const findingStatus = async (id: string) =>
    (
      (await platform.dataSource.query('SELECT status FROM finding WHERE id = $1', [id])) as Array<{
        status: string;
      }>
    )[0]?.status;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    county = tree.counties[0] as string;
    const townshipCode = (tree.townships[county] as string[])[0] as string;
    countyClient = await platform.as(county);
    township = await platform.as(townshipCode);
    const { assignments } = await publishedProject(await platform.as(tree.city), [county], {
      includeDescendants: true,
    });
    const assignmentId = assignments.find((a) => a.tenant.code === townshipCode)?.id as string;
    await township.ok(ACKNOWLEDGE, { id: assignmentId });
    const submitted = await township.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput(), findingInput()],
    });
    [findingA, findingB] = submitted.submitFindings.map((finding) => finding.id) as [string, string];
    await countyClient.ok(REVIEW, { ids: [findingA, findingB], accept: true });
    const market = await departmentId(countyClient, county, 'market');
    const handed = await countyClient.ok<{ handOffFindings: { id: string } }>(HAND_OFF, {
      input: {
        findingIds: [findingA, findingB],
        departmentId: market,
        deadline: addDays(new Date(), 20).toISOString(),
      },
    });
    handoffId = handed.handOffFindings.id;
    department = await platform.as(`${county}-market`);
    await department.ok(SIGN, { id: handoffId });
  });
  afterAll(() => platform.close());

  it('lets the department attach photos to its progress and final reports, per finding', async () => {
    const before = await upload(department, photo(), '整改前.png');
    const afterA = await upload(department, photo(), '问题一整改后.png');
    const afterB = await upload(department, photo(), '问题二整改后.png');
    // The township whose findings these are cannot fetch the files before a report cites them.
    expect(await download(township, afterA)).toBe(404);

    await department.ok(REPORT, {
      handoffId,
      input: { measures: '已制定整改方案', percentDone: 30, final: false, evidence: [{ sha256: before }] },
    });
    const replied = await department.ok<{ reportRectification: { status: string } }>(REPORT, {
      handoffId,
      input: {
        measures: '已全部整改到位',
        percentDone: 100,
        final: true,
        evidence: [
          { sha256: afterA, findingId: findingA },
          { sha256: afterB.toUpperCase(), findingId: findingB },
        ],
      },
    });
    expect(replied.reportRectification.status).toBe('REPLIED');

    const shown = await proof(countyClient);
    expect(shown.reports.map((report) => report.evidence.map((e) => [e.findingId, e.file.sha256]))).toEqual([
      [[null, before]],
      [
        [findingA, afterA],
        [findingB, afterB],
      ],
    ]);
    expect(shown.reports[1]?.evidence[0]?.file).toMatchObject({
      name: '问题一整改后.png',
      url: `/files/${afterA}`,
    });
    // Whoever may see the handoff may download its proof: the county, the department, the township whose
    // findings it carries; another county may not.
    expect(await download(countyClient, afterA)).toBe(200);
    expect(await download(department, afterB)).toBe(200);
    expect(await download(township, afterA)).toBe(200);
    expect(await download(await platform.as(tree.counties[1] as string), afterA)).toBe(404);
  });

  it('refuses another tenant’s file and a finding of another handoff, naming the field, and stores nothing', async () => {
    const foreign = await upload(await platform.as(tree.counties[1] as string), photo(), '别处的照片.png');
    const own = await upload(department, photo(), '补充照片.png');
    const reports = (await proof(countyClient)).reports.length;
    const notUploaded = await refused(
      department,
      REPORT,
      {
        handoffId,
        input: {
          measures: '补充',
          percentDone: 100,
          final: false,
          evidence: [{ sha256: own }, { sha256: foreign }],
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(notUploaded)).toEqual(['input.evidence.1.sha256']);
    const wrongFinding = await refused(
      department,
      REPORT,
      {
        handoffId,
        input: {
          measures: '补充',
          percentDone: 100,
          final: false,
          evidence: [{ sha256: own, findingId: '00000000-0000-4000-8000-000000000000' }],
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(wrongFinding)).toEqual(['input.evidence.0.findingId']);
    expect((await proof(countyClient)).reports).toHaveLength(reports);
  });

  it('lets only the handing-over county verify, and names bad input', async () => {
    const input = {
      method: 'ON_SITE',
      verifiers,
      results: [{ findingId: findingA, result: 'PASSED' }],
    };
    // The city above and the department below may see it but not verify it; the township whose findings
    // it carries and another county are told it does not exist, as by the yes/no verification.
    for (const other of [await platform.as(tree.city), department]) {
      await refused(other, VERIFY_FINDINGS, { handoffId, input }, 'FORBIDDEN');
    }
    for (const other of [township, await platform.as(tree.counties[1] as string)]) {
      await refused(other, VERIFY_FINDINGS, { handoffId, input }, 'NOT_FOUND');
    }
    const noVerifiers = await refused(
      countyClient,
      VERIFY_FINDINGS,
      { handoffId, input: { ...input, verifiers: [] } },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(noVerifiers)).toEqual(['input.verifiers']);
    const bad = await refused(
      countyClient,
      VERIFY_FINDINGS,
      {
        handoffId,
        input: {
          ...input,
          results: [
            { findingId: findingA, result: 'PASSED' },
            { findingId: findingB, result: 'FAILED' },
            { findingId: '00000000-0000-4000-8000-000000000000', result: 'PASSED' },
          ],
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(bad)).toEqual(['input.results.1.opinion', 'input.results.2.findingId']);
    expect((await proof(countyClient)).verifications).toEqual([]);
  });

  it('verifies on site finding by finding: a failed finding keeps it open, all passed closes it', async () => {
    const first = await countyClient.ok<{ verifyHandoffFindings: { status: string } }>(VERIFY_FINDINGS, {
      handoffId,
      input: {
        method: 'ON_SITE',
        verifiers,
        results: [
          { findingId: findingA, result: 'PASSED' },
          { findingId: findingB, result: 'FAILED', opinion: '占道经营仍未清理' },
        ],
        opinion: '实地核查,问题二未整改到位',
      },
    });
    expect(first.verifyHandoffFindings.status).toBe('RECTIFYING');
    expect(await findingStatus(findingA)).toBe('CLOSED');
    expect(await findingStatus(findingB)).toBe('RECTIFYING');

    // Not replied again: nothing to verify.
    await refused(
      countyClient,
      VERIFY_FINDINGS,
      {
        handoffId,
        input: { method: 'ON_SITE', verifiers, results: [{ findingId: findingB, result: 'PASSED' }] },
      },
      'CONFLICT',
    );
    await department.ok(REPORT, {
      handoffId,
      input: { measures: '问题二已清理', percentDone: 100, final: true },
    });
    const second = await countyClient.ok<{ verifyHandoffFindings: { status: string } }>(VERIFY_FINDINGS, {
      handoffId,
      input: {
        method: 'COVERT_REVISIT',
        verifiers: [verifiers[1]],
        results: [{ findingId: findingB, result: 'PASSED' }],
      },
    });
    expect(second.verifyHandoffFindings.status).toBe('CLOSED');
    expect(await findingStatus(findingA)).toBe('CLOSED');
    expect(await findingStatus(findingB)).toBe('CLOSED');

    const history = (await proof(township)).verifications;
    expect(history).toEqual([
      expect.objectContaining({
        method: 'ON_SITE',
        closed: false,
        verifiers,
        results: [
          { findingId: findingA, result: 'PASSED', opinion: null },
          { findingId: findingB, result: 'FAILED', opinion: '占道经营仍未清理' },
        ],
      }),
      expect.objectContaining({
        method: 'COVERT_REVISIT',
        closed: true,
        verifiers: [verifiers[1]],
        results: [{ findingId: findingB, result: 'PASSED', opinion: null }],
      }),
    ]);
  });
});
