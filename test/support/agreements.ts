import type { TestMunicipality } from "./factories.js";
import { ok, type GraphqlResult } from "./graphql.js";

type Caller = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;

export const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) {
  createAgreement(input: $input) { id diarienummer title status version sections { key title required text } }
}`;

export function agreementInput(m: TestMunicipality, overrides: Record<string, unknown> = {}) {
  return {
    title: "Hemtjänst 2027",
    kind: "DIREKTBESTALLNING",
    purchaserOrganId: m.organs.VON.id,
    providerOrganId: m.organs.PS.id,
    periodStart: "2027-01-01",
    periodEnd: "2027-12-31",
    ...overrides,
  };
}

/** Creates an agreement between VON and PS as `caller` and returns its id, diarienummer and version. */
export async function createAgreement(caller: Caller, m: TestMunicipality, overrides: Record<string, unknown> = {}) {
  const data = ok(
    await caller<{ createAgreement: { id: string; diarienummer: string; version: number } }>(CREATE_AGREEMENT, {
      input: agreementInput(m, overrides),
    }),
  );
  return data!.createAgreement;
}
