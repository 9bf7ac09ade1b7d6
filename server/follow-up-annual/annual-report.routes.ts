import express from "express";
import { attachmentDisposition } from "../documents/file-names.js";
import { badInput, notFound, unauthenticated } from "../errors.js";
import { answer } from "../http/document-routes.js";
import type { Actor } from "../identity/identity.model.js";
import type { IdentityService } from "../identity/identity.service.js";
import { bearerToken, sessionCookie } from "../identity/tokens.js";
import type { CommandRunner } from "../pipeline/runner.js";
import { namndReportDocument, rollUpDocument, type AnnualDocument } from "./annual-report.documents.js";

export interface AnnualReportSources {
  authenticate(token: string): Promise<Actor>;
  runner: Pick<CommandRunner, "read">;
  identity: Pick<IdentityService, "organs">;
}

const TYPES = { pdf: "application/pdf", json: "application/json; charset=utf-8" } as const;
type Format = keyof typeof TYPES;
const isFormat = (format: string): format is Format => format in TYPES;

interface Request {
  actor: Actor;
  year: number;
  format: Format;
  params: Record<string, string>;
}

/**
 * The yearly follow-up report as files, next to the version PDFs (http/document-routes.ts): one nämnd's
 * (`/api/follow-up/namnd/<organ id>/<year>.pdf|.json`) and the roll-up (`/api/follow-up/roll-up/<year>.pdf|.json`).
 * Staff only, by bearer token or the session cookie; the same read rules as the GraphQL queries.
 */
export function annualReportRoutes(sources: AnnualReportSources): express.Router {
  const router = express.Router();
  const serve = (make: (request: Request) => Promise<AnnualDocument>) => (req: express.Request, res: express.Response) =>
    answer(res, async () => {
      const params = req.params as Record<string, string>;
      if (!isFormat(params.format)) throw notFound("Formatet");
      const token = bearerToken(req.headers.authorization) ?? sessionCookie(req.headers.cookie);
      if (!token) throw unauthenticated();
      const actor = await sources.authenticate(token);
      const year = Number(params.year);
      if (!Number.isInteger(year)) throw badInput("Året ska vara ett årtal, t.ex. 2027", "year");
      const { body, fileName } = await make({ actor, year, format: params.format, params });
      res.type(TYPES[params.format]).setHeader("content-disposition", attachmentDisposition(fileName));
      res.send(body);
    });

  router.get(
    "/api/follow-up/namnd/:organId/:year.:format",
    serve(({ actor, year, format, params }) =>
      sources.runner.read(actor, (tx) => namndReportDocument(tx, actor, params.organId, year, format)),
    ),
  );
  router.get(
    "/api/follow-up/roll-up/:year.:format",
    serve(({ actor, year, format }) => sources.runner.read(actor, (tx) => rollUpDocument(tx, actor, sources.identity, year, format))),
  );
  return router;
}
