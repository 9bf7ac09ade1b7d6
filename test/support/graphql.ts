import { expect } from "vitest";
import type { DemoWho } from "../../server/seed/municipality-seed.js";
import type { TestMunicipality } from "./factories.js";

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResult<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** One GraphQL request over real HTTP. */
export async function gql<T = Record<string, any>>(
  server: { graphqlUrl: string },
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResult<T>> {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResult<T>;
}

export async function login(server: { graphqlUrl: string }, municipality: TestMunicipality, who: DemoWho): Promise<string> {
  const result = await gql<{ login: { token: string } }>(
    server,
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
    { e: municipality.email(who), p: municipality.password },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.login.token;
}

/** A caller bound to a token: `const vonChef = await actor(server, m, "von.chef"); await vonChef(query, vars)`. */
export async function actor(server: { graphqlUrl: string }, municipality: TestMunicipality, who: DemoWho) {
  const token = await login(server, municipality, who);
  const call = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server, query, variables, token);
  return Object.assign(call, { token });
}

/** The data of a call that must succeed. */
export function ok<T>(result: GraphqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** The `extensions.code` of a call that must fail. */
export function errorCode(result: GraphqlResult<unknown>): string | undefined {
  expect(result.errors?.length, "expected an error").toBeGreaterThan(0);
  return result.errors![0].extensions?.code;
}
