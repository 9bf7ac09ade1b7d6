import { describe, expect, it } from "vitest";
import { enqueueMail } from "../server/mail/outbox.js";
import { renderMail, UnrenderableMail } from "../server/mail/templates.js";
import type { Config } from "../server/config.js";
import { createAgreement } from "./support/agreements.js";
import { raiseDispute } from "./support/disputes.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, gql, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner, ownerDataSource } from "./support/owner.js";
import { REQUEST_RESET, SET_PASSWORD, strongPassword, tryLogin } from "./support/passwords.js";
import { startTestServer, useTestServer } from "./support/server.js";
import { startTestSmtp, type TestSmtp } from "./support/smtp.js";
import { CREATE_USER } from "./support/administration.js";
import { onTestFinished } from "vitest";

const PUBLIC_URL = "https://balans.kommun.test";

/**
 * Mail config for a test: the SMTP server, a public URL, and a worker that serves only this test's
 * municipalities (other test files' servers share the database). The poll is slow on purpose: mail
 * must arrive because the commit that queued it woke the worker.
 */
function mailConfig(smtp: TestSmtp, mine: Set<string>, overrides: Partial<Config["mailWorker"]> = {}): Partial<Config> {
  return {
    smtpUrl: smtp.url,
    publicUrl: PUBLIC_URL,
    mailFrom: "Balans <balans@kommun.test>",
    trustProxy: 1, // a reset is asked for from an address of its own: the fuzzing may have spent loopback's budget
    mailWorker: { pollMs: 60_000, retryBaseMs: 100, digestEveryMs: 3_600_000, onlyMunicipalities: mine, ...overrides },
  };
}

async function setup(overrides: Partial<Config["mailWorker"]> = {}) {
  const smtp = await startTestSmtp();
  const mine = new Set<string>();
  const server = await useTestServer(mailConfig(smtp, mine, overrides));
  const m = await seedMunicipality();
  mine.add(m.municipality.id);
  return { smtp, server, m, mine };
}

/** Queues a mail as the admin's operations do, in a transaction of the municipality. */
async function enqueue(m: TestMunicipality, mail: Parameters<typeof enqueueMail>[1]) {
  const owner = await ownerDataSource();
  await owner.transaction(async (em) => {
    await em.query("SELECT set_config('app.municipality_id', $1, true)", [m.municipality.id]);
    await enqueueMail({ em, municipalityId: m.municipality.id, signals: [] }, mail);
  });
}

/** Waits until `check` answers something truthy (a row marked sent after the SMTP server had the mail). */
async function until<T>(check: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const linkIn = (text: string) => /https:\/\/balans\.kommun\.test\/losenord#([A-Za-z0-9_-]{43})/.exec(text);

describe("mail through a real SMTP server", () => {
  it("sends a reset link in the user's language, within moments, and the link works", async () => {
    const { smtp, server, m } = await setup();
    await asOwner(m.municipality.id, "UPDATE app_user SET language = 'en' WHERE id = $1", [m.users["kun.chef"].id]);
    const started = Date.now();
    const response = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.77" },
      body: JSON.stringify({ query: REQUEST_RESET, variables: { e: m.email("kun.chef").toUpperCase() } }),
    });
    expect(ok((await response.json()) as GraphqlResult<any>).requestPasswordReset).toBe(true);
    const [mail] = await smtp.mailsTo(m.email("kun.chef"), 1, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000); // woken by the commit, not by the minute-long poll
    expect(mail.subject).toBe("Reset your Balans password");
    expect(mail.parsed.from?.text).toContain("balans@kommun.test");
    expect(mail.text).toContain("Hello ");
    const link = linkIn(mail.text);
    expect(link, mail.text).not.toBeNull();
    expect(mail.html).toContain(`href="${link![0]}"`);

    const password = strongPassword();
    ok(await gql(server, SET_PASSWORD, { t: link![1], p: password }));
    expect(await tryLogin(server, m.email("kun.chef"), password)).toHaveProperty("token");
    const row = await until(async () => {
      const [r] = await asOwner(m.municipality.id, "SELECT sent_at, attempts, last_error FROM mail_outbox WHERE kind = 'PASSWORD_RESET'");
      return r.sent_at ? r : null;
    });
    expect(row).toMatchObject({ attempts: 1, last_error: null });
  });

  it("mails the invitation the admin makes (createUser), in Swedish, and its link sets the password", async () => {
    const { smtp, server, m } = await setup();
    const admin = await actor(server, m, "admin");
    const email = `ny.person.${m.slug}@kommun.test`;
    const invited = ok(
      await admin(CREATE_USER, { input: { name: "Ny Person", email, roles: [{ role: "HANDLAGGARE", organId: m.organs.VON.id }] } }),
    );
    expect(invited.createUser.setPasswordUrl).toBeNull(); // it went by mail
    const [mail] = await smtp.mailsTo(email);
    expect(mail.subject).toBe(`Välkommen till Balans – ${m.municipality.name}`);
    expect(mail.text).toContain("Hej Ny Person!");
    expect(mail.text).toContain("72 timmar");
    const token = linkIn(mail.text)![1];
    const password = strongPassword();
    ok(await gql(server, SET_PASSWORD, { t: token, p: password }));
    expect(await tryLogin(server, email, password)).toMatchObject({ token: expect.any(String) });
  });

  it("mails a notification at once to those who chose it, with only the agreement's title and diarienummer", async () => {
    const { smtp, server, m } = await setup();
    await asOwner(m.municipality.id, "UPDATE app_user SET email_preference = 'NONE' WHERE id = $1", [m.users["ps.handlaggare"].id]);
    const vonChef = await actor(server, m, "von.chef");
    const agreement = await createAgreement(vonChef, m, { title: "Hemtjänst <Norr> & Söder" });
    await raiseDispute(vonChef, agreement.id, {
      description: "HEMLIG beskrivning",
      position: "HEMLIG ståndpunkt",
      consequence: "HEMLIG följd",
    });

    const [mail] = await smtp.mailsTo(m.email("ps.chef"));
    expect(mail.subject).toBe(`Balans: Ny tvist i ${agreement.diarienummer}`);
    expect(mail.text).toContain("Överenskommelse: Hemtjänst <Norr> & Söder");
    expect(mail.html).toContain("Hemtjänst &lt;Norr&gt; &amp; Söder");
    expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/tvister/[0-9a-f-]{36}`));
    for (const part of [mail.text, mail.html, mail.subject]) expect(part).not.toMatch(/HEMLIG/);
    // NONE: in the app only. The raiser hears nothing of their own step.
    const queued = await asOwner(m.municipality.id, "SELECT user_id FROM mail_outbox WHERE kind = 'NOTIFICATION'");
    expect(queued.map((r) => r.user_id)).toEqual([m.users["ps.chef"].id]);
  });

  it("sends a daily digest of the unread notifications, once a day", async () => {
    const { smtp, server, m } = await setup();
    const psChef = m.users["ps.chef"].id;
    await asOwner(
      m.municipality.id,
      "UPDATE app_user SET email_preference = 'DAILY', last_digest_at = now() - interval '25 hours' WHERE id = $1",
      [psChef],
    );
    const vonChef = await actor(server, m, "von.chef");
    const first = await createAgreement(vonChef, m, { title: "Dagverksamhet" });
    const second = await createAgreement(vonChef, m, { title: "Boende" });
    await raiseDispute(vonChef, first.id);
    await raiseDispute(vonChef, second.id);
    // DAILY gets no mail at once (ps.handlaggare, IMMEDIATE, does).
    expect(await asOwner(m.municipality.id, "SELECT id FROM mail_outbox WHERE user_id = $1", [psChef])).toEqual([]);

    const worker = server.services.mailWorker!;
    expect(await worker.sweepDigests()).toBe(1);
    const [digest] = await smtp.mailsTo(m.email("ps.chef"));
    expect(digest.subject).toBe("Balans: 2 olästa notiser");
    expect(digest.text).toContain(`Ny tvist i ${first.diarienummer} – Dagverksamhet`);
    expect(digest.text).toContain(`Ny tvist i ${second.diarienummer} – Boende`);
    expect(digest.text).not.toContain("Ersättningen");
    // The next sweep the same day queues nothing, even with more unread.
    await raiseDispute(vonChef, first.id, { subject: "MAL" });
    expect(await worker.sweepDigests()).toBe(0);
    const [user] = await asOwner(
      m.municipality.id,
      "SELECT last_digest_at > now() - interval '1 minute' AS fresh FROM app_user WHERE id = $1",
      [psChef],
    );
    expect(user.fresh).toBe(true);
  });

  it("retries a mail the SMTP server refuses, and loses none", async () => {
    const { smtp, m } = await setup({ pollMs: 100 });
    smtp.failNext(2); // logged as warnings
    await enqueue(m, {
      recipient: "envis@kommun.test",
      kind: "PASSWORD_RESET",
      language: "sv",
      data: { url: `${PUBLIC_URL}/losenord#${"y".repeat(43)}` },
    });
    const [mail] = await smtp.mailsTo("envis@kommun.test", 1, 10_000);
    expect(mail.subject).toBe("Återställ ditt lösenord i Balans");
    expect(smtp.refused()).toBe(2);
    const row = await until(
      async () => (await asOwner(m.municipality.id, "SELECT attempts, last_error FROM mail_outbox WHERE sent_at IS NOT NULL"))[0],
    );
    expect(row).toMatchObject({ attempts: 3, last_error: null });
  });

  it("records why a mail failed, and tries again later", async () => {
    const { smtp, m, server } = await setup({ retryBaseMs: 60_000 });
    smtp.failNext(1);
    await enqueue(m, { recipient: "senare@kommun.test", kind: "INVITATION", language: "en", data: { url: `${PUBLIC_URL}/losenord#z` } });
    let row: Record<string, any> | undefined;
    for (let i = 0; i < 100 && !row?.last_error; i++) {
      [row] = await asOwner(
        m.municipality.id,
        "SELECT attempts, sent_at, last_error, next_attempt_at - now() > interval '30 seconds' AS later FROM mail_outbox",
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(row).toMatchObject({ attempts: 1, sent_at: null, later: true });
    expect(row!.last_error).toMatch(/451|Try again later/);
    expect(await server.services.mailWorker!.deliverDue()).toBe(0); // not due yet
  });

  it("never lets two servers send the same mail", async () => {
    const smtp = await startTestSmtp();
    const mine = new Set<string>();
    const servers = [await startTestServer(mailConfig(smtp, mine)), await startTestServer(mailConfig(smtp, mine))];
    onTestFinished(() => Promise.all(servers.map((s) => s.close())).then(() => {}));
    const m = await seedMunicipality();
    mine.add(m.municipality.id);
    const recipients = Array.from({ length: 30 }, (_, i) => `mottagare.${i}@kommun.test`);
    for (const recipient of recipients)
      await enqueue(m, { recipient, kind: "INVITATION", language: "sv", data: { url: `${PUBLIC_URL}/losenord#${"a".repeat(43)}` } });
    // Both are woken by every commit, and each also goes round by itself.
    await Promise.all(servers.flatMap((s) => [s.services.mailWorker!.deliverDue(), s.services.mailWorker!.deliverDue()]));
    for (const recipient of recipients) await smtp.mailsTo(recipient);
    await until(
      async () => (await asOwner(m.municipality.id, "SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL"))[0].n === 0,
    );
    await new Promise((r) => setTimeout(r, 300)); // room for a duplicate to arrive, were there one
    expect(smtp.received.filter((mail) => recipients.includes(mail.to[0])).length).toBe(30);
    const [counts] = await asOwner(
      m.municipality.id,
      "SELECT count(*)::int AS sent, max(attempts) AS most FROM mail_outbox WHERE sent_at IS NOT NULL",
    );
    expect(counts).toEqual({ sent: 30, most: 1 });
  });

  it("sends nothing and queues nothing without SMTP_URL", async () => {
    const server = await useTestServer({ smtpUrl: undefined });
    expect(server.services.mailWorker).toBeNull();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    await raiseDispute(vonChef, id);
    expect((await asOwner(m.municipality.id, "SELECT count(*)::int AS n FROM notification"))[0].n).toBeGreaterThan(0);
    expect(await asOwner(m.municipality.id, "SELECT id FROM mail_outbox")).toEqual([]);
  });
});

describe("mail templates", () => {
  it("escape everything in the HTML and lead only under the public URL", () => {
    const mail = renderMail(
      "NOTIFICATION",
      "en",
      {
        kind: "dispute.raised",
        title: '<img src=x onerror="alert(1)">',
        diarienummer: "VON 2027/0001",
        path: "//evil.example/x",
        name: "A & B",
      },
      PUBLIC_URL,
    );
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("Hello A &amp; B,");
    expect(mail.text).toContain(`${PUBLIC_URL}/\n`); // the foreign path became the start page
    expect(mail.text).not.toContain("evil.example");
    expect(mail.subject).toBe("Balans: New dispute on VON 2027/0001");
    expect(() => renderMail("PASSWORD_RESET", "sv", { url: "https://evil.example/losenord#x" }, PUBLIC_URL)).toThrow(UnrenderableMail);
  });
});
