import { randomBytes } from 'node:crypto';
import {
  ACKNOWLEDGE,
  createTenantTree,
  findingInput,
  Platform,
  publishedProject,
  startPlatform,
  SUBMIT,
  uploadFile,
} from '@liandong/testing-system';

/** A small PDF-looking file: the type check reads the leading bytes. */
function pdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1024), Buffer.from('\n%%EOF\n')]);
}

describe('a full batch of findings is stored set-based, row by row as before', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('1,000 findings keep their order, their own citations in order, and one audit row each', async () => {
    const tree = await createTenantTree(platform.dataSource, 1, 1);
    const [county] = tree.counties as [string];
    const { assignments } = await publishedProject(await platform.as(tree.city), [county]);
    const assignmentId = assignments[0].id;
    const client = await platform.as(county);
    await client.ok(ACKNOWLEDGE, { id: assignmentId });
    const first = await uploadFile(platform, client, pdf(), '现场照片.pdf', 'application/pdf');
    const second = await uploadFile(platform, client, pdf(), '暗访记录.pdf', 'application/pdf');
    // Every third cites nothing, the others one or both files in an order of their own.
    const cited = (i: number): string[] => [[], [first], [second, first]][i % 3] as string[];
    const submitted = await client.ok<{ submitFindings: Array<{ id: string; title: string }> }>(SUBMIT, {
      assignmentId,
      findings: Array.from({ length: 1000 }, (_, i) =>
        findingInput({ title: `批量问题 ${i}`, evidence: cited(i) }),
      ),
    });
    const ids = submitted.submitFindings.map((finding) => finding.id);
    expect(submitted.submitFindings.map((finding) => finding.title)).toEqual(
      Array.from({ length: 1000 }, (_, i) => `批量问题 ${i}`),
    );

    const citations: Array<{ finding_id: string; sha256: string; position: number }> =
      await platform.dataSource.query(
        'SELECT finding_id, sha256, position FROM finding_evidence WHERE finding_id = ANY($1::uuid[])',
        [ids],
      );
    const order = new Map(ids.map((id, i) => [id, i]));
    const inOrder = citations.sort(
      (a, b) => (order.get(a.finding_id) ?? 0) - (order.get(b.finding_id) ?? 0) || a.position - b.position,
    );
    expect(inOrder).toEqual(
      ids.flatMap((id, i) => cited(i).map((sha256, position) => ({ finding_id: id, sha256, position }))),
    );

    // The row-level audit trigger still leaves one row per finding, in the order they were given.
    const audited: Array<{ entity_id: string }> = await platform.dataSource.query(
      `SELECT entity_id FROM audit_event
        WHERE action = 'finding.insert' AND entity_id = ANY($1::text[]) ORDER BY seq`,
      [ids],
    );
    expect(audited.map((row) => row.entity_id)).toEqual(ids);
  });
});
