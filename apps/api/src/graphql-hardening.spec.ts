import { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { hardeningFor } from './graphql-hardening';

const limits = { maxDepth: 4, maxAliases: 2, maxTokens: 40, maxCost: 200, operationTimeoutMs: 30_000 };
const schema = buildSchema(`
  type Tenant { id: ID! name: String! parent: Tenant children: [Tenant!]! }
  type Query { tenants(first: Int): [Tenant!]! }
`);
const hardening = hardeningFor(limits);

function refusals(query: string): string[] {
  return validate(schema, parse(query), hardening.validationRules).map((error) => error.message);
}

describe('hardeningFor', () => {
  it('lets an operation within every limit through', () => {
    expect(refusals('{ a: tenants { id name parent { name } } b: tenants { id } }')).toEqual([]);
  });

  it.each([
    [
      'depth',
      '{ tenants { parent { parent { parent { parent { id } } } } } }',
      '查询嵌套超过 4 层 / The query is nested more than 4 levels deep.',
    ],
    [
      'aliases',
      '{ a: tenants { id } b: tenants { id } c: tenants { id } }',
      '查询使用的别名超过 2 个 / The query uses more than 2 aliases.',
    ],
    [
      'cost',
      '{ tenants(first: 100) { id name } }',
      '查询过于复杂(上限 200),请减少字段、嵌套或每页条数 / The query is too costly (limit 200); ask for fewer fields, less nesting or smaller pages.',
    ],
  ])('refuses an operation over the %s limit in Chinese and English', (_limit, query, message) => {
    expect(refusals(query)).toEqual([message]);
  });

  it('counts a fragment by the fields it holds, not as a level of its own', () => {
    expect(
      refusals('{ tenants { parent { ...Named } } } fragment Named on Tenant { parent { id } }'),
    ).toEqual([]);
  });

  it('stops the parser at the token limit and words its error like the other limits', async () => {
    const query = `{ tenants { ${'id '.repeat(40)}} }`;
    const error = captureParseError(query);
    expect(error.message).toMatch(/Document contains more tha[nt] 40 tokens/);
    await encounter(hardening.plugins, error);
    expect(error.message).toBe(
      '查询文本过长(超过 40 个词法单元),请用变量传递数据 / The query text is too long (more than 40 tokens); pass data in variables.',
    );
  });

  it('leaves other parse errors as they are, and refuses batched requests', async () => {
    const error = captureParseError('{ tenants { id }');
    const before = error.message;
    await encounter(hardening.plugins, error);
    expect(error.message).toBe(before);
    expect(hardening.allowBatchedHttpRequests).toBe(false);
  });
});

function captureParseError(query: string): GraphQLError {
  try {
    parse(query, hardening.parseOptions);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected the parse to fail');
}

/** Runs the plugins' didEncounterErrors hooks the way Apollo does before formatting the errors. */
async function encounter(plugins: ApolloServerPlugin[], error: GraphQLError): Promise<void> {
  for (const plugin of plugins) {
    const listener = await plugin.requestDidStart?.({} as never);
    await listener?.didEncounterErrors?.({
      errors: [error],
    } as unknown as GraphQLRequestContextDidEncounterErrors<Record<string, never>>);
  }
}
