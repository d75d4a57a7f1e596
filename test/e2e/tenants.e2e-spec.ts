import { GraphqlClient } from '@liandong/testing';
import {
  createAccount,
  DEPARTMENTS,
  expectRefused,
  fieldsOf,
  HIDDEN,
  Platform,
  refused,
  startPlatform,
  unknownId,
} from '@liandong/testing-system';

const TENANT_BY_CODE = `query TenantByCode($code: String!) {
  tenantByCode(code: $code) { id code name level parent { id code } children { id code name level } } }`;
const TENANT =
  'query ($id: ID!) { tenant(id: $id) { id code name level parent { code } children { code name } } }';
const TENANTS =
  'query Tenants($parentId: ID, $level: TenantLevel) { tenants(parentId: $parentId, level: $level) { id code name level } }';
const DEPARTMENTS_FULL =
  'query Departments($tenantId: ID!) { departments(tenantId: $tenantId) { id code name tenant { id code } } }';

const COUNTY_DEPARTMENTS = [
  'commerce',
  'court',
  'culture',
  'ecology',
  'education',
  'gov',
  'hrss',
  'market',
  'procuratorate',
];

interface TenantRow {
  id: string;
  code: string;
  name: string;
  level: string;
}

/**
 * Tenant and department visibility on the seeded Luoyang tree (read only): a caller sees its own subtree;
 * a sibling county or a neighbour township is NOT_FOUND or FORBIDDEN, and nothing of it leaks.
 */
describe('tenants and departments', () => {
  let platform: Platform;
  let city: GraphqlClient;
  let all: TenantRow[];
  const byCode = (code: string): TenantRow => {
    const tenant = all.find((t) => t.code === code);
    if (!tenant) {
      throw new Error(`no tenant ${code} in the seed`);
    }
    return tenant;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    city = await platform.as('4103');
    all = (await city.ok<{ tenants: TenantRow[] }>(TENANTS)).tenants;
  });
  afterAll(() => platform.close());

  describe('the city sees the whole Luoyang tree', () => {
    it('201 tenants: 1 CITY, 14 COUNTY, 186 TOWNSHIP, all under 4103', () => {
      expect(all).toHaveLength(201);
      const count = (level: string) => all.filter((t) => t.level === level).length;
      expect([count('CITY'), count('COUNTY'), count('TOWNSHIP'), count('PROVINCE')]).toEqual([1, 14, 186, 0]);
      expect(all.every((t) => t.code.startsWith('4103'))).toBe(true);
      expect(new Set(all.map((t) => t.id)).size).toBe(201);
    });

    it('the counties are the areas of 4103 except 410371; townships are codes ending below 400', async () => {
      const counties = (await city.ok<{ tenants: TenantRow[] }>(TENANTS, { level: 'COUNTY' })).tenants;
      expect(counties).toHaveLength(14);
      expect(counties.map((t) => t.code)).not.toContain('410371');
      expect(counties.every((t) => /^4103\d\d$/.test(t.code))).toBe(true);
      const townships = (await city.ok<{ tenants: TenantRow[] }>(TENANTS, { level: 'TOWNSHIP' })).tenants;
      expect(townships).toHaveLength(186);
      expect(townships.every((t) => /^4103\d{5}$/.test(t.code) && Number(t.code.slice(-3)) < 400)).toBe(true);
      expect(townships.every((t) => counties.some((c) => t.code.startsWith(c.code)))).toBe(true);
    });

    it('tenantByCode answers the city with its 14 counties as children', async () => {
      const { tenantByCode } = await city.ok<{
        tenantByCode: TenantRow & { parent: unknown; children: TenantRow[] };
      }>(TENANT_BY_CODE, { code: '4103' });
      expect(tenantByCode).toMatchObject({ code: '4103', name: '洛阳市', level: 'CITY', parent: null });
      expect(tenantByCode.children).toHaveLength(14);
    });

    it('tenants(parentId) lists the children of a county', async () => {
      const children = (await city.ok<{ tenants: TenantRow[] }>(TENANTS, { parentId: byCode('410302').id }))
        .tenants;
      const expected = all
        .filter((t) => t.level === 'TOWNSHIP' && t.code.startsWith('410302'))
        .map((t) => t.code)
        .sort();
      expect(children.map((t) => t.code).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });

    it('departments of the city and of a county hold the nine standard units; a township has its government', async () => {
      for (const code of ['4103', '410302', '410303']) {
        const { departments } = await city.ok<{
          departments: Array<{ code: string; name: string; tenant: { code: string } }>;
        }>(DEPARTMENTS_FULL, { tenantId: byCode(code).id });
        // At least the nine: an office adds its own units (the units test adds 洛阳市水利局 to the city).
        expect(departments.map((d) => d.code).sort()).toEqual(expect.arrayContaining(COUNTY_DEPARTMENTS));
        expect(departments.every((d) => d.tenant.code === code && d.name.length > 0)).toBe(true);
      }
      const township = await city.ok<{ departments: Array<{ code: string }> }>(DEPARTMENTS, {
        tenantId: byCode('410302001').id,
      });
      expect(township.departments.map((d) => d.code)).toEqual(['gov']);
    });

    it('the ADMIN of the city reads the same tree', async () => {
      const admin = await platform.as('4103-admin');
      expect((await admin.ok<{ tenants: TenantRow[] }>(TENANTS)).tenants).toHaveLength(201);
    });
  });

  describe('a county sees its own subtree only', () => {
    let county: GraphqlClient;
    beforeAll(async () => {
      county = await platform.as('410302');
    });

    it('tenants() is the county and its townships', async () => {
      const rows = (await county.ok<{ tenants: TenantRow[] }>(TENANTS)).tenants;
      const expected = all
        .filter((t) => t.code.startsWith('410302'))
        .map((t) => t.code)
        .sort();
      expect(rows.map((t) => t.code).sort()).toEqual(expected);
      expect(
        (await county.ok<{ tenants: TenantRow[] }>(TENANTS, { level: 'COUNTY' })).tenants.map((t) => t.code),
      ).toEqual(['410302']);
      expect((await county.ok<{ tenants: TenantRow[] }>(TENANTS, { level: 'CITY' })).tenants).toEqual([]);
    });

    it('its own departments: the nine codes', async () => {
      const { departments } = await county.ok<{ departments: Array<{ code: string }> }>(DEPARTMENTS, {
        tenantId: byCode('410302').id,
      });
      expect(departments.map((d) => d.code).sort()).toEqual(COUNTY_DEPARTMENTS);
    });

    it('a sibling county is hidden by code, by id, as a parent and by its departments, leaking nothing', async () => {
      const sibling = byCode('410303');
      for (const [query, variables] of [
        [TENANT_BY_CODE, { code: sibling.code }],
        [TENANT, { id: sibling.id }],
        [TENANTS, { parentId: sibling.id }],
        [DEPARTMENTS_FULL, { tenantId: sibling.id }],
      ] as Array<[string, Record<string, unknown>]>) {
        const error = await refused(county, query, variables, HIDDEN);
        expect(error.raw).not.toContain(sibling.name);
        expect(error.raw).not.toContain('市场监督管理局');
      }
    });

    it('a township of a sibling county is hidden too', async () => {
      const township = byCode('410303001');
      const error = await refused(county, TENANT_BY_CODE, { code: township.code }, HIDDEN);
      expect(error.raw).not.toContain(township.name);
      await refused(county, DEPARTMENTS, { tenantId: township.id }, HIDDEN);
    });

    it('hidden and non-existent look the same: same code for a sibling as for a code that does not exist', async () => {
      const hidden = await county.request(TENANT_BY_CODE, { code: '410303' });
      const missing = await county.request(TENANT_BY_CODE, { code: '419999' });
      expectRefused(missing, HIDDEN);
      expect(hidden.errors?.[0]?.extensions?.['code']).toBe(missing.errors?.[0]?.extensions?.['code']);
      const missingId = await county.request(TENANT, { id: unknownId() });
      expectRefused(missingId, HIDDEN);
    });

    it('the parent city, if shown at all, does not reveal the sibling counties', async () => {
      const result = await county.request<{ tenantByCode: { children: TenantRow[] } | null }>(
        TENANT_BY_CODE,
        { code: '4103' },
      );
      if (result.errors?.length) {
        expectRefused(result, HIDDEN);
      } else {
        expect(result.data?.tenantByCode?.children.map((c) => c.code)).toEqual(['410302']);
      }
      expect(JSON.stringify(result)).not.toContain(byCode('410303').name);
      await refused(county, TENANTS, { parentId: byCode('4103').id }, HIDDEN);
      await refused(county, DEPARTMENTS_FULL, { tenantId: byCode('4103').id }, HIDDEN);
    });

    it('a VIEWER of the county reads the same subtree and no more', async () => {
      const viewer = await platform.as(await createAccount(platform.dataSource, '410302', 'VIEWER'));
      const rows = (await viewer.ok<{ tenants: TenantRow[] }>(TENANTS)).tenants;
      expect(rows.every((t) => t.code.startsWith('410302'))).toBe(true);
      expect(rows.length).toBe(all.filter((t) => t.code.startsWith('410302')).length);
      await refused(viewer, TENANT_BY_CODE, { code: '410303' }, HIDDEN);
    });
  });

  describe('a township sees itself only', () => {
    let township: GraphqlClient;
    beforeAll(async () => {
      township = await platform.as('410302001');
    });

    it('tenants() is the township alone; its department is its government', async () => {
      const rows = (await township.ok<{ tenants: TenantRow[] }>(TENANTS)).tenants;
      expect(rows.map((t) => t.code)).toEqual(['410302001']);
      const { departments } = await township.ok<{ departments: Array<{ code: string }> }>(DEPARTMENTS, {
        tenantId: byCode('410302001').id,
      });
      expect(departments.map((d) => d.code)).toEqual(['gov']);
    });

    it('a neighbour township is hidden by code, id and departments', async () => {
      const neighbour = byCode('410302002');
      for (const [query, variables] of [
        [TENANT_BY_CODE, { code: neighbour.code }],
        [TENANT, { id: neighbour.id }],
        [TENANTS, { parentId: neighbour.id }],
        [DEPARTMENTS_FULL, { tenantId: neighbour.id }],
      ] as Array<[string, Record<string, unknown>]>) {
        const error = await refused(township, query, variables, HIDDEN);
        expect(error.raw).not.toContain(neighbour.name);
      }
    });

    it("its county's departments and children are outside its subtree", async () => {
      await refused(township, DEPARTMENTS_FULL, { tenantId: byCode('410302').id }, HIDDEN);
      await refused(township, TENANTS, { parentId: byCode('410302').id }, HIDDEN);
      const result = await township.request<{ tenantByCode: { children: TenantRow[] } | null }>(
        TENANT_BY_CODE,
        { code: '410302' },
      );
      if (result.errors?.length) {
        expectRefused(result, HIDDEN);
      } else {
        expect(result.data?.tenantByCode?.children.map((c) => c.code)).toEqual(['410302001']);
      }
      expect(JSON.stringify(result)).not.toContain(byCode('410302002').name);
    });
  });

  describe('a department account browses no tenants', () => {
    let department: GraphqlClient;
    beforeAll(async () => {
      department = await platform.as('410302-market');
    });

    it('tenants() is refused or shows nothing beyond its own tenant', async () => {
      const result = await department.request<{ tenants: TenantRow[] | null }>(TENANTS);
      if (result.errors?.length) {
        expectRefused(result, HIDDEN);
      } else {
        expect((result.data?.tenants ?? []).filter((t) => t.code !== '410302')).toEqual([]);
      }
      expect(JSON.stringify(result)).not.toContain(byCode('410302001').name);
    });

    it('the townships below its tenant and the sibling county are hidden', async () => {
      for (const code of ['410302001', '410303']) {
        const error = await refused(department, TENANT_BY_CODE, { code }, HIDDEN);
        expect(error.raw).not.toContain(byCode(code).name);
      }
    });

    it('departments of its tenant show at most its own unit', async () => {
      const result = await department.request<{ departments: Array<{ code: string }> | null }>(DEPARTMENTS, {
        tenantId: byCode('410302').id,
      });
      if (result.errors?.length) {
        expectRefused(result, HIDDEN);
      } else {
        expect(
          (result.data?.departments ?? []).map((d) => d.code).filter((code) => code !== 'market'),
        ).toEqual([]);
      }
      const other = await department.request<{ departments: Array<{ code: string }> | null }>(DEPARTMENTS, {
        tenantId: byCode('410303').id,
      });
      if (other.errors?.length) {
        expectRefused(other, HIDDEN);
      } else {
        expect(other.data?.departments).toEqual([]);
      }
    });
  });

  describe('ids that are not UUIDs are the caller’s mistake', () => {
    it.each([
      ['tenant', TENANT, { id: 'not-a-uuid' }],
      ['tenants(parentId)', TENANTS, { parentId: '4103' }],
      ['departments', DEPARTMENTS, { tenantId: "1' OR '1'='1" }],
    ])(
      '%s with a malformed id is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR',
      async (_name, query, variables) => {
        const error = await refused(city, query, variables, 'BAD_USER_INPUT');
        expect(fieldsOf(error).length).toBeGreaterThan(0);
      },
    );
  });

  it('supervisionMethods lists the method catalogue', async () => {
    const county = await platform.as('410302');
    const { supervisionMethods } = await county.ok<{
      supervisionMethods: Array<{ code: string; name: string }>;
    }>('query { supervisionMethods { code name } }');
    expect(supervisionMethods.map((m) => m.code)).toEqual(
      expect.arrayContaining(['COVERT_VISIT', 'SPECIAL_REPORT', 'APPRAISAL', 'INSPECTION']),
    );
    expect(supervisionMethods.every((m) => m.name.length > 0)).toBe(true);
  });
});
