import { JwtService } from '@nestjs/jwt';
import { GraphqlClient } from '@liandong/testing';
import {
  createAccount,
  createTenantTree,
  expectRefused,
  findingInput,
  Platform,
  projectInput,
  startPlatform,
  TenantTree,
  unknownId,
} from '@liandong/testing-system';

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { accessToken user { id username tenant { id code level } roles } } }`;
const ME = 'query Me { me { id username displayName roles tenant { id code name level } } }';

/** Every core operation but login, with variables that would pass validation: the token is what is missing. */
function coreOperations(): Array<[string, string, Record<string, unknown>]> {
  const id = unknownId();
  return [
    ['me', ME, {}],
    ['tenant', 'query ($id: ID!) { tenant(id: $id) { id name } }', { id }],
    ['tenantByCode', 'query { tenantByCode(code: "4103") { id name } }', {}],
    ['tenants', 'query { tenants { id code name } }', {}],
    ['supervisionMethods', 'query { supervisionMethods { code name } }', {}],
    ['departments', 'query ($id: ID!) { departments(tenantId: $id) { id name } }', { id }],
    ['jointProjects', 'query { jointProjects { id title } }', {}],
    ['jointProject', 'query ($id: ID!) { jointProject(id: $id) { id title } }', { id }],
    ['myAssignments', 'query { myAssignments { id status } }', {}],
    ['findings', 'query { findings { totalCount edges { node { id title } } } }', {}],
    ['handoff', 'query ($id: ID!) { handoff(id: $id) { id status } }', { id }],
    ['progress', 'query { progress { findings } }', {}],
    [
      'createJointProject',
      'mutation ($input: JointProjectInput!) { createJointProject(input: $input) { id } }',
      { input: projectInput() },
    ],
    [
      'publishJointProject',
      'mutation ($id: ID!, $t: PublishTargetsInput!) { publishJointProject(id: $id, targets: $t) { id } }',
      { id, t: { tenantIds: [unknownId()], includeDescendants: false } },
    ],
    ['acknowledgeAssignment', 'mutation ($id: ID!) { acknowledgeAssignment(id: $id) { id } }', { id }],
    [
      'submitFindings',
      'mutation ($id: ID!, $f: [FindingInput!]!) { submitFindings(assignmentId: $id, findings: $f) { id } }',
      { id, f: [findingInput()] },
    ],
    [
      'reviewFindings',
      'mutation ($ids: [ID!]!) { reviewFindings(findingIds: $ids, accept: true) { id } }',
      { ids: [id] },
    ],
    [
      'handOffFindings',
      'mutation ($input: HandOffInput!) { handOffFindings(input: $input) { id } }',
      {
        input: {
          findingIds: [id],
          departmentId: unknownId(),
          deadline: new Date(Date.now() + 864e5 * 30).toISOString(),
        },
      },
    ],
    ['signHandoff', 'mutation ($id: ID!) { signHandoff(id: $id) { id } }', { id }],
    [
      'reportRectification',
      'mutation ($id: ID!) { reportRectification(handoffId: $id, input: { measures: "整改", percentDone: 10, final: false }) { id } }',
      { id },
    ],
    ['verifyHandoff', 'mutation ($id: ID!) { verifyHandoff(handoffId: $id, passed: true) { id } }', { id }],
  ];
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('authentication', () => {
  let platform: Platform;
  let tree: TenantTree;
  let secret: string;

  beforeAll(async () => {
    platform = await startPlatform();
    tree = await createTenantTree(platform.dataSource, 1, 1);
    secret = process.env['JWT_SECRET'] as string;
  });
  afterAll(() => platform.close());

  describe('login', () => {
    it.each([
      ['4103', '4103', 'CITY', 'COORDINATOR'],
      ['410302', '410302', 'COUNTY', 'COORDINATOR'],
      ['410302001', '410302001', 'TOWNSHIP', 'COORDINATOR'],
      ['410302-market', '410302', 'COUNTY', 'DEPARTMENT'],
      ['4103-gov', '4103', 'CITY', 'DEPARTMENT'],
      ['4103-admin', '4103', 'CITY', 'ADMIN'],
    ])(
      '%s signs in with the demo password: tenant %s (%s), role %s',
      async (username, tenantCode, level, role) => {
        const result = await platform.client.request<{
          login: {
            accessToken: string;
            user: { username: string; roles: string[]; tenant: { code: string; level: string } };
          };
        }>(LOGIN, { username, password: 'liandong-demo' });
        expect(result.errors).toBeUndefined();
        const login = result.data?.login;
        expect(login?.accessToken).toMatch(/\S{20,}/);
        expect(login?.user).toMatchObject({ username, roles: [role], tenant: { code: tenantCode, level } });
      },
    );

    it('refuses a wrong password with UNAUTHENTICATED and no token', async () => {
      const result = await platform.client.request(LOGIN, {
        username: tree.city,
        password: 'not-the-password',
      });
      const error = expectRefused(result, 'UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toContain('accessToken');
      expect(error.message).toMatch(/password|密码/i);
    });

    it('refuses an unknown user exactly like a wrong password (no account enumeration)', async () => {
      const wrong = await platform.client.request(LOGIN, {
        username: tree.city,
        password: 'not-the-password',
      });
      const unknown = await platform.client.request(LOGIN, {
        username: `nobody-${unknownId()}`,
        password: 'liandong-demo',
      });
      expectRefused(unknown, 'UNAUTHENTICATED');
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });

    it('refuses an empty password', async () => {
      expectRefused(
        await platform.client.request(LOGIN, { username: tree.city, password: '' }),
        'UNAUTHENTICATED',
      );
    });

    it('a username PostgreSQL cannot store (NUL) is refused as input, never an internal error', async () => {
      const result = await platform.client.request(LOGIN, {
        username: `${tree.city}\u0000`,
        password: 'liandong-demo',
      });
      expectRefused(result, ['BAD_USER_INPUT', 'UNAUTHENTICATED']);
      expect(JSON.stringify(result)).not.toContain('accessToken');
    });

    it('refuses a disabled account, and its earlier token stops working at once', async () => {
      const username = await createAccount(platform.dataSource, tree.city, 'VIEWER');
      const client = await platform.client.login(username);
      await client.ok(ME);
      await platform.dataSource.query('UPDATE account SET disabled_at = now() WHERE username = $1', [
        username,
      ]);
      expectRefused(await client.request(ME), 'UNAUTHENTICATED');
      expectRefused(
        await platform.client.request(LOGIN, { username, password: 'liandong-demo' }),
        'UNAUTHENTICATED',
      );
    });
  });

  describe('operations without a valid token', () => {
    it.each(coreOperations())('%s without a token is UNAUTHENTICATED', async (_name, query, variables) => {
      const result = await platform.client.request(query, variables);
      expectRefused(result, 'UNAUTHENTICATED');
    });

    it('stores nothing for a mutation sent without a token', async () => {
      const input = projectInput();
      const result = await platform.client.request(
        'mutation ($input: JointProjectInput!) { createJointProject(input: $input) { id } }',
        { input },
      );
      expectRefused(result, 'UNAUTHENTICATED');
      const rows = (await platform.dataSource.query('SELECT 1 FROM joint_project WHERE title = $1', [
        input['title'],
      ])) as unknown[];
      expect(rows).toHaveLength(0);
    });

    const badHeaders: Array<[string, () => Record<string, string>]> = [
      ['a garbage bearer token', () => ({ authorization: 'Bearer not-a-jwt' })],
      ['an empty bearer', () => ({ authorization: 'Bearer ' })],
      ['another scheme', () => ({ authorization: 'Basic NDEwMzpsaWFuZG9uZy1kZW1v' })],
      ['a bare token without the Bearer scheme', () => ({ authorization: 'eyJhbGciOiJIUzI1NiJ9.e30.x' })],
    ];
    it.each(badHeaders)('%s is UNAUTHENTICATED on queries and mutations', async (_label, headers) => {
      const query = await post(platform.url, { query: ME }, headers());
      expectRefused({ status: query.status, ...query.json }, 'UNAUTHENTICATED');
      const mutation = await post(
        platform.url,
        {
          query: 'mutation ($id: ID!) { acknowledgeAssignment(id: $id) { id } }',
          variables: { id: unknownId() },
        },
        headers(),
      );
      expectRefused({ status: mutation.status, ...mutation.json }, 'UNAUTHENTICATED');
    });

    it('a token signed with another secret is UNAUTHENTICATED', async () => {
      const me = await (await platform.as(tree.city)).ok<{ me: { id: string } }>(ME);
      const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({ sub: me.me.id });
      const result = await new GraphqlClient(platform.url, forged).request(ME);
      expectRefused(result, 'UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toContain(tree.city);
    });

    it('an unsigned (alg none) token is UNAUTHENTICATED', async () => {
      const me = await (await platform.as(tree.city)).ok<{ me: { id: string } }>(ME);
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: me.me.id, iat: Math.floor(Date.now() / 1000) })}.`;
      expectRefused(await new GraphqlClient(platform.url, unsigned).request(ME), 'UNAUTHENTICATED');
    });

    it('an expired token is UNAUTHENTICATED', async () => {
      const me = await (await platform.as(tree.city)).ok<{ me: { id: string } }>(ME);
      const now = Math.floor(Date.now() / 1000);
      const expired = await new JwtService({ secret }).signAsync({
        sub: me.me.id,
        iat: now - 7200,
        exp: now - 3600,
      });
      expectRefused(await new GraphqlClient(platform.url, expired).request(ME), 'UNAUTHENTICATED');
      expectRefused(
        await new GraphqlClient(platform.url, expired).request(
          'mutation ($id: ID!) { signHandoff(id: $id) { id } }',
          { id: unknownId() },
        ),
        'UNAUTHENTICATED',
      );
    });

    it('a well-signed token for an account that does not exist is UNAUTHENTICATED', async () => {
      const token = await new JwtService({ secret }).signAsync({ sub: unknownId() }, { expiresIn: 600 });
      expectRefused(await new GraphqlClient(platform.url, token).request(ME), 'UNAUTHENTICATED');
    });
  });

  describe('me', () => {
    it('answers who the token belongs to, for every tier and role', async () => {
      const [county] = tree.counties as [string];
      const [township] = tree.townships[county] as [string];
      const member = await createAccount(platform.dataSource, township, 'MEMBER');
      const viewer = await createAccount(platform.dataSource, county, 'VIEWER');
      const cases: Array<[string, string, string, string]> = [
        [tree.city, tree.city, 'CITY', 'COORDINATOR'],
        [county, county, 'COUNTY', 'COORDINATOR'],
        [township, township, 'TOWNSHIP', 'COORDINATOR'],
        [`${county}-market`, county, 'COUNTY', 'DEPARTMENT'],
        [`${township}-gov`, township, 'TOWNSHIP', 'DEPARTMENT'],
        [`${tree.city}-admin`, tree.city, 'CITY', 'ADMIN'],
        [member, township, 'TOWNSHIP', 'MEMBER'],
        [viewer, county, 'COUNTY', 'VIEWER'],
      ];
      for (const [username, tenantCode, level, role] of cases) {
        const client = await platform.as(username);
        const { me } = await client.ok<{
          me: {
            username: string;
            displayName: string;
            roles: string[];
            tenant: { code: string; level: string; name: string };
          };
        }>(ME);
        expect(me).toMatchObject({ username, roles: [role], tenant: { code: tenantCode, level } });
        expect(me.displayName.trim()).not.toBe('');
        expect(me.tenant.name.trim()).not.toBe('');
      }
    });
  });
});
