import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { configureLogging } from "../logging.js";
import type { Config } from "../config.js";
import { EventBus } from "../events/event-bus.js";
import { createSchema } from "../graphql/build-schema.js";
import { createContext, type Context } from "../graphql/context.js";
import { formatError } from "../graphql/format-error.js";
import { LIMITS, validationRules } from "../graphql/limits.js";
import { createServices, type Services } from "../services.js";
import { clientAddress, trustedProxies } from "./client-address.js";
import { documentRoutes } from "./document-routes.js";
import { idempotencyPlugin } from "./idempotency.js";
import { operationReadsPlugin } from "./operation-reads-plugin.js";
import { jsonRequestErrors } from "./json-errors.js";
import { requestLogPlugin } from "./request-log.js";
import { securityHeaders } from "./security-headers.js";
import { httpCredential, sessionCookieFunctions } from "./session-cookie.js";
import { attachGraphqlWs } from "./graphql-ws.js";
import { singleSignOnRoutes } from "../sso/sso.routes.js";
import { annualReportRoutes } from "../follow-up-annual/annual-report.routes.js";

export interface RunningApp {
  httpServer: Server;
  /** The Express application, for settings a deployment (or a test) adds, such as `trust proxy`. */
  app: express.Express;
  services: Services;
  url: string;
  /** Stops accepting, drains requests, closes subscriptions and the event bus. The data source stays open. */
  close(): Promise<void>;
}

/** GraphQL over HTTP and graphql-ws on one port, plus the built client. */
export async function startApp(config: Config, dataSource: DataSource, databaseUrl: string): Promise<RunningApp> {
  configureLogging(config.logLevel);
  const bus = new EventBus(databaseUrl);
  await bus.start();
  const services = createServices(config, dataSource, bus);
  const schema = await createSchema();
  const app = express();
  const trust = trustedProxies(config.trustProxy);
  app.set("trust proxy", trust);
  const httpServer = createServer(app);
  const ws = attachGraphqlWs(httpServer, schema, services, (request) => clientAddress(request, trust));

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: validationRules(config.production),
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // Never switch this off: the session cookie's protection against cross-site requests rests on it
    // (http/session-cookie.ts), and test/sessions.test.ts fails without it.
    csrfPrevention: true,
    stopOnTerminationSignals: false, // main.ts owns the shutdown order
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No answer carries cache hints; the plugin otherwise wraps every field's resolution.
      ApolloServerPluginCacheControlDisabled(),
      operationReadsPlugin,
      idempotencyPlugin,
      requestLogPlugin,
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(securityHeaders(config.production));
  // Live: the process answers. Ready: it can serve, the database and the bus being reachable; a load
  // balancer sends no traffic while it is not, and the process recovers by itself.
  app.get("/healthz", (_req, res) => void res.json({ ok: true }));
  app.get("/readyz", async (_req, res) => {
    const database = await databaseAnswers(dataSource);
    const ready = database && bus.connected;
    res.status(ready ? 200 : 503).json({ ready, database, bus: bus.connected });
  });
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext(services, httpCredential(req), req.ip ?? "unknown", sessionCookieFunctions(req, res)),
    }),
  );
  app.use(
    documentRoutes({
      authenticate: (token) => services.identity.authenticate(token),
      runner: services.runner,
      publicRecords: services.publicRecords,
      publicReads: services.rateLimits.publicReads,
    }),
  );
  app.use(
    annualReportRoutes({
      authenticate: (token) => services.identity.authenticate(token),
      runner: services.runner,
      identity: services.identity,
    }),
  );
  app.use(singleSignOnRoutes({ sso: services.singleSignOn, publicReads: services.rateLimits.publicReads }));
  serveClient(app, config.clientDir);
  app.use(jsonRequestErrors);

  services.mailWorker?.start(bus);
  services.reminderWorker.start();

  const close = async () => {
    await ws.close();
    await apollo.stop(); // drains in-flight HTTP requests, then closes the server
    await services.collab.close(); // writes what editors already sent
    await services.presence.close();
    await services.reminderWorker.close(); // finishes the municipality it is sweeping
    await services.mailWorker?.close(); // finishes the mail it is sending
    await bus.close();
    await services.rateLimits.store.close();
  };
  try {
    await listen(httpServer, config.port);
  } catch (error) {
    // Nothing may go on in the background of a server that never listened (compaction, mail, the bus).
    await close().catch(() => {});
    throw error;
  }
  const { port } = httpServer.address() as { port: number };
  return { httpServer, app, services, url: `http://localhost:${port}`, close };
}

/** Listens on `port`, or fails with a message that says what to do (a port in use is the usual cause). */
function listen(httpServer: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is in use (is Balans already running?); stop that, or choose another with PORT`)
          : error,
      ),
    );
    httpServer.listen(port, () => resolve());
  });
}

/** The single-page client: static files, and index.html for every other GET so deep links work. */
function serveClient(app: express.Express, clientDir: string): void {
  const index = join(clientDir, "index.html");
  if (!existsSync(index)) {
    app.get("/", (_req, res) => void res.type("text/plain").send("Balans API. The client is not built: run `npm run build:client`."));
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.get(/^(?!\/(graphql|api)(\/|$)).*/, (_req, res) => res.sendFile(index));
}

/** A trivial statement within a second, or not ready. */
async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 1000)));
  const answer = dataSource.query("SELECT 1").then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
