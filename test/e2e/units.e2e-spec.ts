import { Workbook } from 'exceljs';
import { GraphqlClient } from '@liandong/testing';
import { addDays } from './dates';
import {
  ACKNOWLEDGE,
  countRows,
  createAccount,
  createTenantTree,
  departmentId,
  fieldsOf,
  findingInput,
  HAND_OFF,
  Platform,
  publishedProject,
  refused,
  REVIEW,
  startPlatform,
  SUBMIT,
  tenantId,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const UNIT_FIELDS = 'id code name kind retiredAt openHandoffs tenant { code }';
const DEPARTMENTS = `query ($tenantId: ID!, $includeRetired: Boolean) {
  departments(tenantId: $tenantId, includeRetired: $includeRetired) { ${UNIT_FIELDS} } }`;
const CREATE = `mutation ($input: DepartmentInput!) { createDepartment(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: DepartmentUpdateInput!) {
  updateDepartment(id: $id, input: $input) { ${UNIT_FIELDS} } }`;
const RETIRE = `mutation ($id: ID!) { retireDepartment(id: $id) { ${UNIT_FIELDS} } }`;
const REINSTATE = `mutation ($id: ID!) { reinstateDepartment(id: $id) { ${UNIT_FIELDS} } }`;
const REASSIGN = `mutation ($id: ID!, $department: ID!) {
  reassignHandoff(handoffId: $id, departmentId: $department) { id status department { code } } }`;

/** Mengjin, Luoyang (孟津区, formerly county 410322): the county of this story; no other test works in it. */
const COUNTY = '410308';
const FINDING_HEADERS = [
  '问题标题',
  '问题描述',
  '监督方式',
  '检查要点编码',
  '问题类别',
  '严重程度(一般/较重/严重)',
  '地点',
  '责任单位编码',
];

interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  retiredAt: string | null;
  openHandoffs: number;
  tenant: { code: string };
}

type Cell = string | number | null;

async function xlsx(headers: string[], rows: Cell[][], sheetName: string): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(
  platform: Platform,
  path: string,
  client: GraphqlClient | null,
  content: Buffer | null,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  if (content) {
    form.append('file', new Blob([new Uint8Array(content)]), 'upload.xlsx');
  }
  const response = await fetch(`${platform.url}${path}`, {
    method: 'POST',
    headers: client?.authorization() ?? {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function fieldReason(body: Record<string, unknown>): string | undefined {
  const [problem] = (body['fields'] ?? []) as Array<{ field: string; reason: string }>;
  return problem?.reason;
}

function reasonsOf(error: { extensions?: Record<string, unknown> }): string[] {
  const fields = (error.extensions?.['fields'] ?? []) as Array<{ reason: string }>;
  return fields.map((field) => field.reason);
}

/**
 * Responsible units (承办单位) kept by their own office, over HTTP on the seeded Luoyang tree: the city adds
 * 洛阳市水利局, a county adds its 监察委员会 and hands a finding to it; a unit with open handoffs is retired
 * only once they are reassigned, and a retired one receives nothing new.
 */
describe('responsible units: each office adds, renames, retires and reinstates its own', () => {
  let platform: Platform;
  let city: GraphqlClient;
  let county: GraphqlClient;
  let cityId: string;
  let countyId: string;
  let water: string;
  let jianwei: string;
  let zhujian: string;
  let accepted: string[];
  let assignmentId: string;

  const unitsOf = async (client: GraphqlClient, tenant: string, includeRetired?: boolean): Promise<Unit[]> =>
    (await client.ok<{ departments: Unit[] }>(DEPARTMENTS, { tenantId: tenant, includeRetired })).departments;

  const handOver = async (
    findingId: string,
    department: string,
  ): Promise<{ id: string; department: { code: string } }> =>
    (
      await county.ok<{ handOffFindings: { id: string; department: { code: string } } }>(HAND_OFF, {
        input: {
          findingIds: [findingId],
          departmentId: department,
          deadline: addDays(new Date(), 20).toISOString(),
        },
      })
    ).handOffFindings;

  beforeAll(async () => {
    platform = await startPlatform();
    city = await platform.as('4103');
    county = await platform.as(COUNTY);
    cityId = await tenantId(city, '4103');
    countyId = await tenantId(county, COUNTY);
    // Findings of the county, accepted by the city, ready to hand over to the county's own units.
    const { assignments } = await publishedProject(city, [COUNTY]);
    assignmentId = assignments[0]?.id as string;
    await county.ok(ACKNOWLEDGE, { id: assignmentId });
    const submitted = await county.ok<{ submitFindings: Array<{ id: string }> }>(SUBMIT, {
      assignmentId,
      findings: [findingInput(), findingInput(), findingInput()],
    });
    accepted = submitted.submitFindings.map((finding) => finding.id);
    await city.ok(REVIEW, { ids: accepted, accept: true });
  });
  afterAll(() => platform.close());

  it('lists the seeded units with their kinds, each open to new work', async () => {
    const units = await unitsOf(city, cityId);
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    expect(byCode.get('gov')).toMatchObject({ kind: 'PEOPLES_GOVERNMENT', retiredAt: null, openHandoffs: 0 });
    expect(byCode.get('court')?.kind).toBe('PEOPLES_COURT');
    expect(byCode.get('procuratorate')?.kind).toBe('PEOPLES_PROCURATORATE');
    expect(byCode.get('market')?.kind).toBe('GOVERNMENT_DEPARTMENT');
  });

  it('the city adds 洛阳市水利局 in its own tenant and renames it; the code stays', async () => {
    const { createDepartment } = await city.ok<{ createDepartment: Unit }>(CREATE, {
      input: { code: 'water', name: ' 洛阳市水利局 ', kind: 'GOVERNMENT_DEPARTMENT' },
    });
    expect(createDepartment).toMatchObject({
      code: 'water',
      name: '洛阳市水利局',
      kind: 'GOVERNMENT_DEPARTMENT',
      retiredAt: null,
      openHandoffs: 0,
      tenant: { code: '4103' },
    });
    water = createDepartment.id;
    expect((await unitsOf(city, cityId)).find((unit) => unit.code === 'water')?.id).toBe(water);

    const { updateDepartment } = await city.ok<{ updateDepartment: Unit }>(UPDATE, {
      id: water,
      input: { name: '洛阳市水利局(市河长办)' },
    });
    expect(updateDepartment).toMatchObject({
      id: water,
      code: 'water',
      name: '洛阳市水利局(市河长办)',
      kind: 'GOVERNMENT_DEPARTMENT',
    });
    const { updateDepartment: rekinded } = await city.ok<{ updateDepartment: Unit }>(UPDATE, {
      id: water,
      input: { kind: 'OTHER' },
    });
    expect(rekinded).toMatchObject({ name: '洛阳市水利局(市河长办)', kind: 'OTHER' });
    await city.ok(UPDATE, { id: water, input: { kind: 'GOVERNMENT_DEPARTMENT' } });
  });

  it('refuses a code the tenant holds already, naming it, and stores nothing', async () => {
    for (const code of ['water', 'market']) {
      const error = await refused(
        city,
        CREATE,
        { input: { code, name: '又一个单位', kind: 'OTHER' } },
        'CONFLICT',
      );
      expect(error.extensions).toMatchObject({ reason: 'DUPLICATE_CODE', duplicateCode: code });
      expect(error.message).toContain(code);
    }
    expect(
      await countRows(
        platform.dataSource,
        "SELECT 1 FROM department WHERE code = 'water' AND tenant_id = $1",
        [cityId],
      ),
    ).toBe(1);
    // Another tenant may use the same code.
    const other = await createTenantTree(platform.dataSource, 1, 0);
    const otherCity = await platform.as(other.city);
    await otherCity.ok(CREATE, {
      input: { code: 'water', name: '测试市水利局', kind: 'GOVERNMENT_DEPARTMENT' },
    });
  });

  it('refuses a bad code, an empty or overlong name and an unknown kind, naming each field', async () => {
    const bad = async (input: Record<string, unknown>): Promise<{ fields: string[]; reasons: string[] }> => {
      const error = await refused(city, CREATE, { input }, 'BAD_USER_INPUT');
      return { fields: fieldsOf(error), reasons: reasonsOf(error) };
    };
    expect(await bad({ code: 'Water', name: '水利局', kind: 'OTHER' })).toEqual({
      fields: ['input.code'],
      reasons: ['INVALID_CODE'],
    });
    expect(await bad({ code: 'shuili', name: '  ', kind: 'OTHER' })).toEqual({
      fields: ['input.name'],
      reasons: ['NAME_REQUIRED'],
    });
    expect(await bad({ code: 'shuili', name: '局'.repeat(61), kind: 'OTHER' })).toEqual({
      fields: ['input.name'],
      reasons: ['NAME_TOO_LONG'],
    });
    await refused(
      city,
      CREATE,
      { input: { code: 'shuili', name: '水利局', kind: 'BUREAU' } },
      'BAD_USER_INPUT',
    );
    await refused(city, UPDATE, { id: water, input: { name: '' } }, 'BAD_USER_INPUT');
    expect(await countRows(platform.dataSource, "SELECT 1 FROM department WHERE code = 'shuili'")).toBe(0);
  });

  it('a county adds its own 监察委员会 and hands a finding to it', async () => {
    const { createDepartment } = await county.ok<{ createDepartment: Unit }>(CREATE, {
      input: { code: 'jianwei', name: '孟津区监察委员会', kind: 'SUPERVISORY_COMMISSION' },
    });
    expect(createDepartment).toMatchObject({ kind: 'SUPERVISORY_COMMISSION', tenant: { code: COUNTY } });
    jianwei = createDepartment.id;
    const handoff = await handOver(accepted[0] as string, jianwei);
    expect(handoff.department.code).toBe('jianwei');
    const listed = (await unitsOf(county, countyId)).find((unit) => unit.id === jianwei);
    expect(listed).toMatchObject({ openHandoffs: 1, retiredAt: null });
    // The city sees the county's units and their open handoffs, as it sees the county's handoffs.
    expect((await unitsOf(city, countyId)).find((unit) => unit.id === jianwei)?.openHandoffs).toBe(1);
  });

  it('refuses to retire a unit with an open handoff, and retires it once the handoff is reassigned', async () => {
    const { createDepartment } = await county.ok<{ createDepartment: Unit }>(CREATE, {
      input: { code: 'zhujian', name: '孟津区住房和城乡建设局', kind: 'GOVERNMENT_DEPARTMENT' },
    });
    zhujian = createDepartment.id;
    const handoff = await handOver(accepted[1] as string, zhujian);

    const error = await refused(county, RETIRE, { id: zhujian }, 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'DEPARTMENT_HAS_OPEN_HANDOFFS', openHandoffs: 1 });
    expect(error.message).toContain('改派');
    expect((await unitsOf(county, countyId)).find((unit) => unit.id === zhujian)?.retiredAt).toBeNull();

    const gov = await departmentId(county, COUNTY, 'gov');
    const { reassignHandoff } = await county.ok<{ reassignHandoff: { department: { code: string } } }>(
      REASSIGN,
      {
        id: handoff.id,
        department: gov,
      },
    );
    expect(reassignHandoff.department.code).toBe('gov');

    const { retireDepartment } = await county.ok<{ retireDepartment: Unit }>(RETIRE, { id: zhujian });
    expect(retireDepartment).toMatchObject({ id: zhujian, openHandoffs: 0, retiredAt: expect.any(String) });
    // Retiring again changes nothing.
    const again = await county.ok<{ retireDepartment: Unit }>(RETIRE, { id: zhujian });
    expect(again.retireDepartment.retiredAt).toBe(retireDepartment.retiredAt);
    // Pickers no longer offer it; the office's own list still has it.
    expect((await unitsOf(county, countyId)).map((unit) => unit.code)).not.toContain('zhujian');
    expect((await unitsOf(county, countyId, true)).find((unit) => unit.id === zhujian)?.retiredAt).toBe(
      retireDepartment.retiredAt,
    );
  });

  it('a retired unit receives no new handoff, reassignment or finding, typed in or imported', async () => {
    const handOff = await refused(
      county,
      HAND_OFF,
      {
        input: {
          findingIds: [accepted[2]],
          departmentId: zhujian,
          deadline: addDays(new Date(), 20).toISOString(),
        },
      },
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(handOff)).toEqual(['input.departmentId']);
    expect(reasonsOf(handOff)).toEqual(['DEPARTMENT_RETIRED']);
    expect(
      await countRows(platform.dataSource, "SELECT 1 FROM finding WHERE id = $1 AND status = 'ACCEPTED'", [
        accepted[2],
      ]),
    ).toBe(1);

    const [jianweiHandoff] = (await platform.dataSource.query(
      'SELECT id FROM handoff WHERE department_id = $1',
      [jianwei],
    )) as Array<{ id: string }>;
    const reassign = await refused(
      county,
      REASSIGN,
      { id: jianweiHandoff?.id, department: zhujian },
      'BAD_USER_INPUT',
    );
    expect(reasonsOf(reassign)).toEqual(['DEPARTMENT_RETIRED']);

    const submit = await refused(
      county,
      SUBMIT,
      { assignmentId, findings: [findingInput(), findingInput({ departmentId: zhujian })] },
      'BAD_USER_INPUT',
    );
    expect(submit.extensions?.['rows']).toEqual([
      expect.objectContaining({ index: 1, field: 'departmentId', reason: 'DEPARTMENT_RETIRED' }),
    ]);

    const sheet = await xlsx(
      FINDING_HEADERS,
      [['河道垃圾未清理', '', '暗访', 'C2', '生态环境', '一般', '', 'zhujian']],
      '问题导入',
    );
    const imported = await upload(platform, `/imports/findings?assignmentId=${assignmentId}`, county, sheet);
    expect(imported.status).toBe(400);
    expect(imported.body['rows']).toEqual([
      expect.objectContaining({ row: 2, column: '责任单位编码', reason: 'DEPARTMENT_RETIRED' }),
    ]);
    // Its one handoff went to 政府 with its finding; nothing names it since.
    expect(
      await countRows(platform.dataSource, 'SELECT 1 FROM finding WHERE department_id = $1', [zhujian]),
    ).toBe(0);
  });

  it('a reinstated unit receives work again', async () => {
    const { reinstateDepartment } = await county.ok<{ reinstateDepartment: Unit }>(REINSTATE, {
      id: zhujian,
    });
    expect(reinstateDepartment.retiredAt).toBeNull();
    expect((await unitsOf(county, countyId)).map((unit) => unit.code)).toContain('zhujian');
    expect((await handOver(accepted[2] as string, zhujian)).department.code).toBe('zhujian');
  });

  it('the city cannot touch a county’s unit, nor the county the city’s: not found', async () => {
    for (const [client, id] of [
      [city, jianwei],
      [county, water],
      [city, unknownId()],
    ] as const) {
      await refused(client, UPDATE, { id, input: { name: '改名' } }, 'NOT_FOUND');
      await refused(client, RETIRE, { id }, 'NOT_FOUND');
      await refused(client, REINSTATE, { id }, 'NOT_FOUND');
    }
    await refused(city, RETIRE, { id: 'water' }, 'BAD_USER_INPUT');
    expect(
      await countRows(
        platform.dataSource,
        "SELECT 1 FROM department WHERE id = $1 AND name = '孟津区监察委员会'",
        [jianwei],
      ),
    ).toBe(1);
  });

  it('MEMBER, VIEWER, DEPARTMENT and committee staff accounts are refused: FORBIDDEN', async () => {
    const callers = [
      await platform.as(await createAccount(platform.dataSource, '4103', 'MEMBER')),
      await platform.as(await createAccount(platform.dataSource, '4103', 'VIEWER')),
      await platform.as('4103-market'),
      await platform.as('4103-caijing'),
    ];
    for (const caller of callers) {
      const error = await refused(
        caller,
        CREATE,
        { input: { code: 'forbidden', name: '无权新增', kind: 'OTHER' } },
        'FORBIDDEN',
      );
      expect(error.extensions?.['reason']).toBe('ROLE_LACKS_PERMISSION');
      await refused(caller, UPDATE, { id: water, input: { name: '无权改名' } }, 'FORBIDDEN');
      await refused(caller, RETIRE, { id: water }, 'FORBIDDEN');
      await refused(caller, REINSTATE, { id: water }, 'FORBIDDEN');
    }
    expect(await countRows(platform.dataSource, "SELECT 1 FROM department WHERE code = 'forbidden'")).toBe(0);
    // The city's ADMIN and its 统筹办 (a COORDINATOR) may.
    for (const [username, code] of [
      ['4103-admin', 'zhujian'],
      ['4103-tongchou', 'jiaotong'],
    ]) {
      const client = await platform.as(username);
      const { createDepartment } = await client.ok<{ createDepartment: Unit }>(CREATE, {
        input: { code, name: `洛阳市${code}`, kind: 'GOVERNMENT_DEPARTMENT' },
      });
      expect(createDepartment.tenant.code).toBe('4103');
    }
  });
});

/** The units spreadsheet: the template, and an import that stores every row or none. */
describe('responsible units from Excel', () => {
  const HEADERS = ['编码', '名称', '类型'];
  let platform: Platform;
  let tree: TenantTree;
  let office: GraphqlClient;
  let officeId: string;

  const codesOf = async (): Promise<string[]> =>
    (
      await office.ok<{ departments: Unit[] }>(DEPARTMENTS, { tenantId: officeId, includeRetired: true })
    ).departments
      .map((unit) => unit.code)
      .sort();

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 1);
    office = await platform.as(tree.city);
    officeId = await tenantId(office, tree.city);
  });
  afterAll(() => platform.close());

  it('gives the template: Chinese headers, a dropdown of kinds, and the units there are', async () => {
    const response = await fetch(`${platform.url}/templates/departments.xlsx`, {
      headers: office.authorization(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['承办单位导入', '说明']);
    const sheet = workbook.getWorksheet('承办单位导入');
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet?.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"人民政府,政府部门,监察委员会,人民法院,人民检察院,乡镇人民政府,街道办事处,其他"'],
    });
    const guide: string[] = [];
    workbook.getWorksheet('说明')?.eachRow((row) => {
      guide.push((row.values as unknown[]).slice(1).join('|'));
    });
    expect(guide).toEqual(
      expect.arrayContaining([
        '监察委员会|SUPERVISORY_COMMISSION',
        `market|测试市${tree.city}市场监督管理局|政府部门`,
      ]),
    );

    expect((await fetch(`${platform.url}/templates/departments.xlsx`)).status).toBe(401);
    const member = await platform.as(await createAccount(platform.dataSource, tree.city, 'MEMBER'));
    expect(
      (await fetch(`${platform.url}/templates/departments.xlsx`, { headers: member.authorization() })).status,
    ).toBe(403);
  });

  it('imports every row of a good sheet into the caller’s own tenant', async () => {
    const before = await codesOf();
    const sheet = await xlsx(
      HEADERS,
      [
        ['water', '测试市水利局', '政府部门'],
        ['jianwei', '测试市监察委员会', '监察委员会'],
        [null, null, null],
        ['zhujian', ' 测试市住房和城乡建设局 ', 'GOVERNMENT_DEPARTMENT'],
      ],
      '承办单位导入',
    );
    const { status, body } = await upload(platform, '/imports/departments', office, sheet);
    expect(status).toBe(201);
    expect(body['imported']).toBe(3);
    expect(body['departmentIds']).toHaveLength(3);
    expect(await codesOf()).toEqual([...before, 'jianwei', 'water', 'zhujian'].sort());
    const units = (await office.ok<{ departments: Unit[] }>(DEPARTMENTS, { tenantId: officeId })).departments;
    expect(units.find((unit) => unit.code === 'jianwei')).toMatchObject({
      name: '测试市监察委员会',
      kind: 'SUPERVISORY_COMMISSION',
      tenant: { code: tree.city },
    });
    expect(units.find((unit) => unit.code === 'zhujian')?.name).toBe('测试市住房和城乡建设局');
  });

  it('refuses a sheet with any bad row whole, naming every bad cell', async () => {
    const before = await codesOf();
    const sheet = await xlsx(
      HEADERS,
      [
        ['jiaotong', '测试市交通运输局', '政府部门'],
        ['Jiao Tong', '测试市交通局', '政府部门'],
        ['shuiwu', '测试市水务局', '水务'],
        ['jiaotong', '测试市交通运输局(重复)', '政府部门'],
        ['market', '测试市市场监管局', '政府部门'],
        ['linye', '', '政府部门'],
      ],
      '承办单位导入',
    );
    const { status, body } = await upload(platform, '/imports/departments', office, sheet);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
    expect(String(body['message'])).toContain('未导入任何承办单位');
    const rows = body['rows'] as Array<{
      index: number;
      row: number;
      column: string;
      cell: string;
      field: string;
      reason: string;
    }>;
    expect(rows.map((row) => [row.row, row.column, row.cell, row.field, row.reason])).toEqual([
      [3, '编码', 'A3', 'code', 'INVALID_CODE'],
      [4, '类型', 'C4', 'kind', 'UNKNOWN_KIND'],
      [5, '编码', 'A5', 'code', 'DUPLICATE_CODE'],
      [6, '编码', 'A6', 'code', 'DUPLICATE_CODE'],
      [7, '名称', 'B7', 'name', 'NAME_REQUIRED'],
    ]);
    expect(rows[0]).toMatchObject({ index: 1, zh: expect.any(String), en: expect.any(String) });
    expect(await codesOf()).toEqual(before);
  });

  it('refuses what is not the template, an empty sheet, no file, no token and a role without the right', async () => {
    const foreign = await upload(
      platform,
      '/imports/departments',
      office,
      await xlsx(['姓名', '电话'], [['张三', '1']], 'Sheet1'),
    );
    expect(foreign.status).toBe(400);
    expect(fieldReason(foreign.body)).toBe('NOT_DEPARTMENTS_TEMPLATE');
    const empty = await upload(
      platform,
      '/imports/departments',
      office,
      await xlsx(HEADERS, [], '承办单位导入'),
    );
    expect(fieldReason(empty.body)).toBe('NO_DEPARTMENTS_IN_SHEET');
    const none = await upload(platform, '/imports/departments', office, null);
    expect(none.status).toBe(400);
    expect(fieldReason(none.body)).toBe('FILE_REQUIRED');
    const csv = await upload(
      platform,
      '/imports/departments',
      office,
      Buffer.from('编码,名称,类型\nwater,水利局,政府部门\n'),
    );
    expect(fieldReason(csv.body)).toBe('NOT_XLSX');

    const good = await xlsx(HEADERS, [['linye', '测试市林业局', '政府部门']], '承办单位导入');
    expect((await upload(platform, '/imports/departments', null, good)).status).toBe(401);
    const department = await platform.as(`${tree.city}-market`);
    const refusedImport = await upload(platform, '/imports/departments', department, good);
    expect(refusedImport.status).toBe(403);
    expect(refusedImport.body['reason']).toBe('ROLE_LACKS_PERMISSION');
    expect(await codesOf()).not.toContain('linye');
  });
});
