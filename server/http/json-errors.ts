import type { ErrorRequestHandler } from "express";
import { logger } from "../logging.js";
import { ErrorCode } from "../errors.js";

/** Body-parser's refusals (too large, not JSON) as GraphQL errors in JSON, never Express's HTML pages. */
export const jsonRequestErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  const tooLarge = error.type === "entity.too.large";
  const malformed = error.type === "entity.parse.failed" || error.type === "encoding.unsupported" || error.type === "charset.unsupported";
  if (!tooLarge && !malformed) {
    logger().error({ err: error }, "http error");
    return void res
      .status(500)
      .json({ errors: [{ message: "Internt fel; försök igen om en stund", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
  }
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      { message: tooLarge ? "Förfrågan är för stor" : "Förfrågan är inte giltig JSON", extensions: { code: ErrorCode.BAD_USER_INPUT } },
    ],
  });
};
