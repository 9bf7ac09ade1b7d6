import helmet from "helmet";

/**
 * The browser's side of the security review: a strict Content-Security-Policy (scripts only from this
 * origin, never inline; no framing), nosniff and a referrer policy. Styles may be inline because the
 * editor positions carets with style attributes; no script can come in that way.
 */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    // Served over plain http on loopback in development; a production proxy terminates TLS.
    strictTransportSecurity: production,
  });
}
