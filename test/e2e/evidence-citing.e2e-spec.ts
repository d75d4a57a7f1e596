import { createHash, randomBytes } from 'node:crypto';
import { GraphqlClient } from '@liandong/testing';
import {
  ACKNOWLEDGE,
  createTenantTree,
  departmentId,
  downloadStatus,
  expectRefused,
  findingInput,
  HAND_OFF,
  Platform,
  publishedProject,
  REVIEW,
  startPlatform,
  SUBMIT,
  TenantTree,
  uploadFile,
} from '@liandong/testing-system';
import { addDays } from './dates';

const FINDING_EVIDENCE =
  '{ findings(first: 100) { edges { node { id evidence { sha256 name size url } } } } }';
const UPDATE =
  'mutation ($id: ID!, $input: FindingUpdateInput!) { updateFinding(id: $id, input: $input) { id } }';

/** A small PDF-looking file: the type check reads the leading bytes. */
function pdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2048), Buffer.from('\n%%EOF\n')]);
}

describe('findings citing evidence files', () => {
  let platform: Platform;
  let tree: TenantTree;
  let county: string;
  let township: string;
  let townshipClient: GraphqlClient;
  let assignmentId: string;

  const upload = (client: GraphqlClient, bytes: Buffer, name: string) =>
    uploadFile(platform, client, bytes, name, 'application/pdf');
  const download = (client: GraphqlClient, sha256: string) => downloadStatus(platform, client, sha256);

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource);
    county = tree.counties[0] as string;
    township = (tree.townships[county] as string[])[0] as string;
    townshipClient = await platform.as(township);
    const { assignments } = await publishedProject(await platform.as(tree.city), [county], {
      includeDescendants: true,
    });
    assignmentId = assignments.find((a) => a.tenant.code === township)?.id as string;
    await townshipClient.ok(ACKNOWLEDGE, { id: assignmentId });
  });
  afterAll(() => platform.close());

  it('cites uploaded files on a finding, in order, and lets those who see the finding download them', async () => {
    const photo = await upload(townshipClient, pdf(), '现场照片说明.pdf');
    const record = await upload(townshipClient, pdf(), '暗访记录.pdf');
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput({ evidence: [record, photo] })],
    });
    const id = submitted.submitFindings[0]?.id as string;
    const countyClient = await platform.as(county);
    const listed = await countyClient.ok<{
      findings: {
        edges: Array<{
          node: { id: string; evidence: Array<{ sha256: string; name: string; url: string }> };
        }>;
      };
    }>(FINDING_EVIDENCE);
    const evidence = listed.findings.edges.find((e) => e.node.id === id)?.node.evidence;
    expect(evidence?.map((file) => file.sha256)).toEqual([record, photo]);
    expect(evidence?.[0]).toMatchObject({ name: '暗访记录.pdf', url: `/files/${record}` });
    expect(await download(countyClient, record)).toBe(200);
    expect(await download(await platform.as(tree.counties[1] as string), record)).toBe(404);

    // The department may fetch it once the finding is handed over to it, not before.
    const department = await platform.as(`${county}-market`);
    expect(await download(department, record)).toBe(404);
    await countyClient.ok(REVIEW, { ids: [id], accept: true });
    const market = await departmentId(countyClient, county, 'market');
    await countyClient.ok(HAND_OFF, {
      input: { findingIds: [id], departmentId: market, deadline: addDays(new Date(), 10).toISOString() },
    });
    expect(await download(department, record)).toBe(200);
  });

  it('refuses a hash that was never uploaded, naming the row and the position, and stores nothing', async () => {
    const good = await upload(townshipClient, pdf(), '整改前.pdf');
    const never = createHash('sha256').update('never uploaded').digest('hex');
    const before = await platform.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM finding WHERE tenant_path ~ $1',
      [`*.${township}`],
    );
    const error = expectRefused(
      await townshipClient.request(SUBMIT, {
        assignmentId,
        findings: [findingInput({ evidence: [good] }), findingInput({ evidence: [good, never] })],
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['rows']).toEqual([expect.objectContaining({ index: 1, field: 'evidence[1]' })]);
    const after = await platform.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM finding WHERE tenant_path ~ $1',
      [`*.${township}`],
    );
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('replaces the evidence list when a reported finding is edited', async () => {
    const first = await upload(townshipClient, pdf(), '初稿.pdf');
    const second = await upload(townshipClient, pdf(), '补充材料.pdf');
    const submitted = await townshipClient.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput({ evidence: [first] })],
    });
    const id = submitted.submitFindings[0]?.id as string;
    await townshipClient.ok(UPDATE, { id, input: { evidence: [second] } });
    const rows = await platform.dataSource.query<Array<{ sha256: string }>>(
      'SELECT sha256 FROM finding_evidence WHERE finding_id = $1 ORDER BY position',
      [id],
    );
    expect(rows.map((row) => row.sha256)).toEqual([second]);
    const refused = expectRefused(
      await townshipClient.request(UPDATE, { id, input: { evidence: ['not-a-hash'] } }),
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(refused.extensions)).toContain('input.evidence[0]');
  });
});
