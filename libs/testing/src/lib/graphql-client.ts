/** A GraphQL response as a client sees it. */
export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** A minimal client over real HTTP, the way the console and acceptance checks talk to the API. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  /** Headers carrying the bearer token, for the plain-HTTP routes (files, imports, exports). */
  authorization(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  as(token: string): GraphqlClient {
    return new GraphqlClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** The data of a request that must succeed; a failure shows its errors. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The first error's `extensions.code` of a request that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const result = await this.request(query, variables);
    const code = result.errors?.[0]?.extensions?.['code'];
    if (typeof code !== 'string') {
      throw new Error(`expected an error, got ${JSON.stringify(result)}`);
    }
    return code;
  }

  async login(username: string, password = 'liandong-demo'): Promise<GraphqlClient> {
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: password },
    );
    return this.as(data.login.accessToken);
  }
}
