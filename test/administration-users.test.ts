import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CREATE_USER,
  DEACTIVATE_USER,
  REACTIVATE_USER,
  RESEND,
  SET_ROLES,
  USERS,
  createUser,
  freshEmail,
  loggedInAs,
} from "./support/administration.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { startTestServer, useTestServer, type TestServer } from "./support/server.js";

type Caller = Awaited<ReturnType<typeof actor>>;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";

describe("users: invitations, roles, deactivation", () => {
  let server: TestServer;
  let m: TestMunicipality;
  let admin: Caller;
  beforeAll(async () => {
    server = await startTestServer();
    m = await seedMunicipality();
    admin = await actor(server, m, "admin");
    return () => server.close();
  });

  it("creates a user with roles and a one-time link valid 72 hours, stored only as its hash", async () => {
    const email = freshEmail("Nora.Ny");
    const { user, setPasswordUrl } = await createUser(admin, m, {
      email,
      roles: [
        { role: "HANDLAGGARE", organId: m.organs.VON.id },
        { role: "HANDLAGGARE", organId: m.organs.VON.id },
        { role: "NAMNDSEKRETERARE", organId: m.organs.KUN.id },
      ],
    });
    expect(user).toMatchObject({ name: "Nora Ny", email: email.toLowerCase(), active: true });
    expect(user.roles.map((r) => `${r.role}@${r.organ.shortName}`).sort()).toEqual(["HANDLAGGARE@VON", "NAMNDSEKRETERARE@KUN"]);
    expect(setPasswordUrl).toMatch(/^http:\/\/localhost:\d+\/losenord#[A-Za-z0-9_-]{43}$/);
    const token = setPasswordUrl!.split("#")[1];
    const [row] = await asOwner(
      m.municipality.id,
      `SELECT token_hash, purpose, used_at, extract(epoch FROM expires_at - created_at) AS seconds FROM password_token WHERE user_id = $1`,
      [user.id],
    );
    expect(row).toMatchObject({ token_hash: sha256(token), purpose: "INVITATION", used_at: null });
    expect(Number(row.seconds)).toBe(72 * 3600);
    // No password yet: nothing signs in as them.
    expect(errorCode(await gql(server, LOGIN, { e: email, p: "" }))).toBe("UNAUTHENTICATED");
    // Listed for the administrator and the auditor, with their roles.
    for (const who of ["admin", "revisor"] as const) {
      const users = ok(await (await actor(server, m, who))(USERS)).users as Array<{ id: string }>;
      expect(users.map((u) => u.id)).toContain(user.id);
    }
  });

  it("with mail configured, queues the invitation in the user's language and answers no link", async () => {
    const mailing = await useTestServer({ smtpUrl: "smtp://127.0.0.1:1", publicUrl: "https://balans.example.se" });
    const mailingAdmin = await actor(mailing, m, "admin");
    const { user, setPasswordUrl } = await createUser(mailingAdmin, m);
    expect(setPasswordUrl).toBeNull();
    const [mail] = await asOwner(m.municipality.id, "SELECT recipient, kind, language, data FROM mail_outbox WHERE user_id = $1", [
      user.id,
    ]);
    expect(mail).toMatchObject({ recipient: user.email, kind: "INVITATION", language: "sv" });
    expect(mail.data).toMatchObject({ municipalityName: m.municipality.name, invitedBy: "Anna Admin" });
    const [link] = await asOwner(m.municipality.id, "SELECT token_hash FROM password_token WHERE user_id = $1", [user.id]);
    expect(mail.data.url).toMatch(/^https:\/\/balans\.example\.se\/losenord#/);
    expect(sha256(mail.data.url.split("#")[1])).toBe(link.token_hash);
  });

  it("refuses an e-mail address in use, here or in another municipality, in any case, alike and naming the field", async () => {
    const other = await seedMunicipality();
    const answers = [];
    for (const email of [m.email("von.chef"), m.email("von.chef").toUpperCase(), other.email("ps.chef"), ` ${other.email("admin")} `]) {
      const result = await admin(CREATE_USER, { input: { name: "Dubbel", email, roles: [] } });
      expect(result.errors![0].extensions, email).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
      answers.push(result.errors![0].message);
    }
    expect(new Set(answers).size).toBe(1);
    const malformed = await admin(CREATE_USER, { input: { name: "Fel", email: "inte en adress", roles: [] } });
    expect(malformed.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
  });

  it("answers another municipality's organ as a missing one, and creates nothing (user and roles commit together)", async () => {
    const other = await seedMunicipality();
    const email = freshEmail();
    const roles = [
      { role: "HANDLAGGARE", organId: m.organs.VON.id },
      { role: "HANDLAGGARE", organId: other.organs.VON.id },
    ];
    const result = await admin(CREATE_USER, { input: { name: "Halv", email, roles } });
    expect(errorCode(result)).toBe("NOT_FOUND");
    expect(result.errors![0].message).toBe("Organet finns inte");
    expect(await asOwner(m.municipality.id, "SELECT id FROM app_user WHERE email = $1", [email])).toEqual([]);
    // The address is free: nothing of the refused attempt was kept.
    expect((await createUser(admin, m, { email })).user.email).toBe(email);
    for (const [query, variables] of [
      [SET_ROLES, { id: other.users["von.chef"].id, roles: [] }],
      [DEACTIVATE_USER, { id: other.users["von.chef"].id }],
      [REACTIVATE_USER, { id: other.users["von.chef"].id }],
      [RESEND, { id: other.users["von.chef"].id }],
    ] as const)
      expect(errorCode(await admin(query, variables))).toBe("NOT_FOUND");
  });

  it("replaces a user's roles; duplicates count once; the change holds for their very next request", async () => {
    const { user } = await createUser(admin, m, { roles: [{ role: "REVISOR", organId: m.organs.KS.id }] });
    const auditor = await loggedInAs(server, m, user);
    ok(await auditor(USERS));
    const set = ok(
      await admin(SET_ROLES, {
        id: user.id,
        roles: [
          { role: "HANDLAGGARE", organId: m.organs.PS.id },
          { role: "HANDLAGGARE", organId: m.organs.PS.id },
        ],
      }),
    ).setUserRoles;
    expect(set.roles).toEqual([{ role: "HANDLAGGARE", organ: { id: m.organs.PS.id, shortName: "PS" } }]);
    expect(errorCode(await auditor(USERS))).toBe("FORBIDDEN");
    expect(ok(await auditor("{ me { roles { role } } }")).me.roles).toEqual([{ role: "HANDLAGGARE" }]);
  });

  it("resends an invitation: a new link, the old one stops working; a reset once a password is set", async () => {
    const { user, setPasswordUrl } = await createUser(admin, m);
    const again = ok(await admin(RESEND, { id: user.id })).resendInvitation.setPasswordUrl as string;
    expect(again).not.toBe(setPasswordUrl);
    const rows = await asOwner(m.municipality.id, "SELECT token_hash, purpose FROM password_token WHERE user_id = $1", [user.id]);
    expect(rows).toEqual([{ token_hash: sha256(again.split("#")[1]), purpose: "INVITATION" }]);
    await loggedInAs(server, m, user);
    const reset = ok(await admin(RESEND, { id: user.id })).resendInvitation.setPasswordUrl as string;
    const [row] = await asOwner(m.municipality.id, "SELECT token_hash, purpose FROM password_token WHERE user_id = $1", [user.id]);
    expect(row).toEqual({ token_hash: sha256(reset.split("#")[1]), purpose: "RESET" });
  });

  it("deactivation ends the user's HTTP token and login at once, and drops their links; reactivation lets them in again", async () => {
    const { user } = await createUser(admin, m);
    const caller = await loggedInAs(server, m, user);
    ok(await caller("{ me { id } }"));
    const deactivated = ok(await admin(DEACTIVATE_USER, { id: user.id })).deactivateUser;
    expect(deactivated.active).toBe(false);
    expect(errorCode(await caller("{ me { id } }"))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(server, LOGIN, { e: user.email, p: "demo" }))).toBe("UNAUTHENTICATED");
    expect(await asOwner(m.municipality.id, "SELECT 1 FROM password_token WHERE user_id = $1 AND used_at IS NULL", [user.id])).toEqual([]);
    expect(errorCode(await admin(RESEND, { id: user.id }))).toBe("INVALID_STATE");
    const listed = ok(await admin(USERS)).users.find((u: { id: string }) => u.id === user.id);
    expect(listed.active).toBe(false);

    expect(ok(await admin(REACTIVATE_USER, { id: user.id })).reactivateUser.active).toBe(true);
    ok(await gql(server, LOGIN, { e: user.email, p: "demo" }));
  });
});
