import { randomBytes } from "node:crypto";
import { issuePasswordLink, type PasswordLinkPurpose } from "../../server/identity/password-links.js";
import { gql } from "./graphql.js";
import { ownerDataSource } from "./owner.js";

export const SET_PASSWORD = "mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { token user { id email } } }";
export const CHANGE_PASSWORD = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
export const REQUEST_RESET = "mutation($e: String!) { requestPasswordReset(email: $e) }";
export const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";

/** A password the rules accept, and no one else's. */
export const strongPassword = () => `Tre gröna ${randomBytes(6).toString("hex")} vid ån`;

/**
 * A one-time link for `userId`, made as the admin's operations and the CLI make them (in a
 * transaction of the user's municipality, as the owner): the URL and the token in its fragment.
 */
export async function passwordLink(
  municipalityId: string,
  userId: string,
  purpose: PasswordLinkPurpose = "INVITATION",
  publicUrl = "https://balans.kommun.test",
): Promise<{ url: string; token: string }> {
  const owner = await ownerDataSource();
  const url = await owner.transaction(async (em) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [municipalityId]);
    return issuePasswordLink({ em, municipalityId, signals: [] }, userId, purpose, publicUrl);
  });
  return { url, token: url.slice(url.indexOf("#") + 1) };
}

/** Logs in with a password; the token, or the error code. */
export async function tryLogin(server: { graphqlUrl: string }, email: string, password: string) {
  const result = await gql<{ login: { token: string } }>(server, LOGIN, { e: email, p: password });
  return result.errors ? { code: result.errors[0].extensions?.code } : { token: result.data!.login.token };
}
