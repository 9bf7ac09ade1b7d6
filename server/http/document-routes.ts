import express from "express";
import { logger } from "../logging.js";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { versionPdf } from "../approval/documents.js";
import { attachmentDisposition, publicExportFileName, type PublicExportFormat } from "../documents/file-names.js";
import { DomainError, ErrorCode, notFound } from "../errors.js";
import type { Actor } from "../identity/identity.model.js";
import { bearerToken, sessionCookie } from "../identity/tokens.js";
import type { Limiter } from "../pipeline/rate-limiter.js";
import type { CommandRunner } from "../pipeline/runner.js";
import type { PublicService } from "../public/public.service.js";
import { followUpCsv, followUpExcelCsv, followUpJson } from "../public/follow-up-export.js";
import { publicFollowUpQueries } from "../public/public-follow-up.queries.js";
import { publicRecordRows, publicRecordsCsv, publicRecordsExcelCsv, publicRecordsJson } from "../public/records-export.js";

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** What the downloads read through: the caller of a token (bearer or cookie), the runner's reads, and the public records. */
export interface DocumentSources {
  /** The caller a bearer token names; a DomainError when it is refused (expired, forged). */
  authenticate(token: string): Promise<Actor>;
  runner: Pick<CommandRunner, "read" | "readIn">;
  publicRecords: Pick<PublicService, "municipality" | "signedAgreements" | "signedAgreement">;
  /** Anonymous downloads, per address (`publicReadsPerAddress`), like the public GraphQL reads. */
  publicReads: Pick<Limiter, "consume">;
}

/** Downloads that are files rather than GraphQL: a version's PDF, and the public lists (agreements, follow-up) as CSV and JSON. */
export function documentRoutes(sources: DocumentSources): express.Router {
  const router = express.Router();

  router.get("/api/agreements/:id/versions/:number.pdf", async (req, res) => {
    await answer(res, async () => {
      // A download changes nothing and SameSite keeps other sites' links from carrying the cookie, so a
      // plain link (GET) may authenticate by it: the browser's PDF links need no token in the page.
      const token = bearerToken(req.headers.authorization) ?? sessionCookie(req.headers.cookie);
      const caller = await callerOf(sources, token);
      if (!caller.actor) await sources.publicReads.consume(req.ip ?? "unknown");
      const { pdf, fileName } = await pdfFor(sources, caller, String(req.params.id), Number(req.params.number));
      res.type("application/pdf").setHeader("content-disposition", attachmentDisposition(fileName));
      res.send(pdf);
    });
  });

  // The public list in three forms: for Swedish Excel, and as plain CSV and JSON for open data.
  const exports: Array<[path: string, format: PublicExportFormat]> = [
    ["agreements-excel.csv", "excel"],
    ["agreements.csv", "csv"],
    ["agreements.json", "json"],
  ];
  for (const [path, format] of exports)
    router.get(`/api/public/:kommun/${path}`, async (req, res) => {
      await answer(res, async () => {
        await sources.publicReads.consume(req.ip ?? "unknown");
        const slug = String(req.params.kommun);
        const agreements = await sources.publicRecords.signedAgreements(slug);
        const municipality = await sources.publicRecords.municipality(slug);
        const rows = await sources.runner.readIn(municipality.id, (tx) => publicRecordRows(tx, agreements));
        const body =
          format === "json"
            ? publicRecordsJson(municipality, rows)
            : format === "excel"
              ? publicRecordsExcelCsv(rows)
              : publicRecordsCsv(rows);
        sendExport(res, format, publicExportFileName(municipality.slug, format), body);
      });
    });

  // The accepted follow-up of the signed agreements, one row per accepted value, in the same three forms.
  const followUpExports: Array<[path: string, format: PublicExportFormat]> = [
    ["follow-up-excel.csv", "excel"],
    ["follow-up.csv", "csv"],
    ["follow-up.json", "json"],
  ];
  for (const [path, format] of followUpExports)
    router.get(`/api/public/:kommun/${path}`, async (req, res) => {
      await answer(res, async () => {
        await sources.publicReads.consume(req.ip ?? "unknown");
        const municipality = await sources.publicRecords.municipality(String(req.params.kommun));
        const rows = await sources.runner.readIn(municipality.id, (tx) => publicFollowUpQueries.resultRows(tx));
        const body =
          format === "json"
            ? followUpJson(municipality, rows)
            : format === "excel"
              ? followUpExcelCsv(municipality, rows)
              : followUpCsv(municipality, rows);
        sendExport(res, format, publicExportFileName(municipality.slug, format, "follow-up"), body);
      });
    });
  return router;
}

function sendExport(res: express.Response, format: PublicExportFormat, fileName: string, body: string): void {
  res
    .type(format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8")
    .setHeader("content-disposition", attachmentDisposition(fileName));
  res.send(body);
}

/** No token is an anonymous caller; a refused one too, with the reason for where a caller is required. */
async function callerOf(sources: DocumentSources, token: string | undefined): Promise<{ actor: Actor | null; authError?: DomainError }> {
  if (!token) return { actor: null };
  try {
    return { actor: await sources.authenticate(token) };
  } catch (error) {
    if (error instanceof DomainError) return { actor: null, authError: error };
    throw error;
  }
}

/** With a caller: any agreement they may read. Without: only a signed one, a public record. */
async function pdfFor(
  sources: DocumentSources,
  { actor, authError }: { actor: Actor | null; authError?: DomainError },
  id: string,
  number: number,
) {
  if (!Number.isInteger(number) || number < 1) throw notFound("Versionen");
  if (actor) return sources.runner.read(actor, async (tx) => versionPdf(tx, await agreementsQueries.get(tx, actor, id), number));
  const agreement: AgreementEntity | null = await sources.publicRecords.signedAgreement(id);
  if (!agreement)
    throw authError ?? new DomainError(ErrorCode.UNAUTHENTICATED, "Logga in för att hämta överenskommelser som inte är undertecknade");
  return sources.runner.readIn(agreement.municipalityId, (tx) => versionPdf(tx, agreement, number));
}

/** Runs a download; a refusal becomes its HTTP status with the API's error code and message. */
export async function answer(res: express.Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) {
      const { retryAfterSeconds } = error.details;
      if (typeof retryAfterSeconds === "number") res.setHeader("retry-after", String(retryAfterSeconds));
      res.status(HTTP_STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message, ...error.details } });
    } else {
      logger().error({ err: error }, "document failed");
      res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internt fel" } });
    }
  }
}
