import express from "express";
import { DomainError, ErrorCode, notFound } from "../errors.js";
import { versionPdf, publicAgreementsCsv } from "../approval/documents.js";
import { createContext } from "../graphql/context.js";
import { bearerToken } from "../identity/tokens.js";
import type { Actor } from "../identity/identity.model.js";
import type { Services } from "../services.js";

const HTTP_STATUS: Record<string, number> = { [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403, [ErrorCode.NOT_FOUND]: 404, [ErrorCode.BAD_USER_INPUT]: 400 };

/** Downloads that are files rather than GraphQL: a version's PDF, and the public list as CSV. */
export function documentRoutes(services: Services): express.Router {
  const router = express.Router();

  router.get("/api/agreements/:id/versions/:number.pdf", async (req, res) => {
    await answer(res, async () => {
      const ctx = await createContext(services, bearerToken(req.headers.authorization));
      const pdf = await pdfFor(services, ctx.actor, String(req.params.id), Number(req.params.number), ctx.authError);
      res.type("application/pdf").setHeader("content-disposition", `attachment; filename="overenskommelse-${req.params.number}.pdf"`);
      res.send(pdf);
    });
  });

  router.get("/api/public/:kommun/agreements.csv", async (req, res) => {
    await answer(res, async () => {
      const csv = await publicAgreementsCsv(services, String(req.params.kommun));
      res.type("text/csv; charset=utf-8").setHeader("content-disposition", `attachment; filename="overenskommelser-${req.params.kommun}.csv"`);
      res.send(csv);
    });
  });
  return router;
}

/** With a caller: any agreement they may read. Without: only a signed one, a public record. */
async function pdfFor(services: Services, actor: Actor | null, id: string, number: number, authError?: DomainError) {
  if (!Number.isInteger(number) || number < 1) throw notFound("Versionen");
  if (actor) return services.db.inMunicipality(actor.municipalityId, async (tx) => versionPdf(services, tx, await services.agreements.get(tx, actor, id), number));
  const agreement = await services.publicRecords.signedAgreement(id);
  if (!agreement) throw authError ?? new DomainError(ErrorCode.UNAUTHENTICATED, "Logga in för att hämta överenskommelser som inte är undertecknade");
  return services.db.inMunicipality(agreement.municipalityId, (tx) => versionPdf(services, tx, agreement, number));
}

async function answer(res: express.Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) res.status(HTTP_STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
    else {
      console.error("[http] document failed", error);
      res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internt fel" } });
    }
  }
}
