import {
  GraphQLError,
  OperationTypeNode,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from "graphql";
import { randomUUID } from "node:crypto";
import type { Server as HttpServer, IncomingMessage } from "node:http";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { createContext, executing, newRequest, perOperation, type Context } from "../graphql/context.js";
import { logOperation, reportInternal } from "../graphql/operation-log.js";
import { formatError } from "../graphql/format-error.js";
import { subscribeDirectly } from "../graphql/direct-results.js";
import { subscribeSharingResults } from "../graphql/shared-results.js";
import { enableNextFrames } from "../graphql/prebuilt-frames.js";
import { LIMITS, validationRules } from "../graphql/limits.js";
import { bearerToken } from "../identity/tokens.js";
import type { Services } from "../services.js";
import { keyedMutation } from "./idempotency.js";
import { CheckedQueryCache, SocketCounter, WS_LIMITS, asGraphqlError, maxPayloadBytes, tooManySubscriptions } from "./ws-limits.js";
import { coalesceWrites } from "./ws-coalesce.js";
import { upgradeAllowed, upgradeCookie, watchSession, type SessionWatch } from "./ws-sessions.js";

/** WebSocket close code sent to clients when the server shuts down; they reconnect elsewhere or later. */
export const GOING_AWAY = 1001;

/**
 * graphql-ws on the HTTP server's `/graphql`. It bypasses Apollo, so authentication, the validation
 * limits and error masking are applied here again, the same way. `addressOf` reads the caller's
 * address from the upgrade request by the same rule as Express's `req.ip`.
 */
export function attachGraphqlWs(
  httpServer: HttpServer,
  schema: GraphQLSchema,
  services: Services,
  addressOf: (request: IncomingMessage) => string,
) {
  const wss = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    maxPayload: maxPayloadBytes(services.config.maxUpdateBytes),
    verifyClient: ({ req }, done) => (upgradeAllowed(req) ? done(true) : done(false, 403, "Forbidden")),
  });
  const sockets = new SocketCounter();
  const rules = [...specifiedRules, ...validationRules(services.config.production)];
  const mask = (error: GraphQLError) => formatError(error.toJSON(), error);
  const maskAsError = (error: GraphQLError) => {
    const masked = mask(error);
    return new GraphQLError(masked.message, { extensions: masked.extensions });
  };

  // Editors send the same few operations many times a second: parse and validate each text once.
  const checkedDocuments = new CheckedQueryCache();
  const checkDocument = (query: string, authenticated: boolean): DocumentNode | readonly GraphQLError[] => {
    const cached = checkedDocuments.get(query);
    if (cached) return cached;
    let checked: DocumentNode | GraphQLError[];
    try {
      const document = parse(query, { maxTokens: LIMITS.maxTokens });
      const errors = validate(schema, document, rules);
      checked = errors.length > 0 ? errors.map(maskAsError) : document;
    } catch (error) {
      checked = [maskAsError(error as GraphQLError)];
    }
    if (authenticated) checkedDocuments.set(query, checked);
    return checked;
  };
  // Asked on every event a subscription sends, of the same few cached documents: found once per document.
  const operationKinds = new WeakMap<DocumentNode, Map<string, OperationTypeNode | undefined>>();
  const operationKind = (document: DocumentNode, name: string | null | undefined) => {
    let byName = operationKinds.get(document);
    if (!byName) operationKinds.set(document, (byName = new Map()));
    if (!byName.has(name ?? "")) byName.set(name ?? "", getOperationAST(document, name)?.operation);
    return byName.get(name ?? "");
  };

  wss.on("connection", coalesceWrites);
  const server = useServer<Record<string, unknown>, { context?: Context; socketId?: string; session?: SessionWatch }>(
    {
      schema,
      // A query's or mutation's read transactions end with its execution.
      execute: (args) => executing(args.contextValue as Context, () => execute(args)),
      // Plain events selected plainly (a co-editing update) are not executed at all; an event read once
      // for every subscriber is executed once per distinct selection.
      subscribe: (args) => subscribeDirectly(args) ?? subscribeSharingResults(args),
      // A browser authenticates by its session cookie (sent with the same-origin upgrade), other systems
      // by a bearer token in connectionParams; the socket lives only as long as that session. A missing
      // or refused token still connects: each subscription then answers UNAUTHENTICATED with the
      // reason, which a client can show, where a closed socket says nothing.
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization) ?? upgradeCookie(ctx.extra.request);
        const claims = token ? await services.tokens.verify(token).catch(() => null) : null;
        if (claims) ctx.extra.session = watchSession(services, ctx.extra.socket, claims);
        const context = await createContext(services, token, addressOf(ctx.extra.request));
        await context.reads.end(); // the socket's; each operation on it reads through its own (onSubscribe)
        if (context.actor?.session) ctx.extra.session?.authenticated(context.actor);
        else ctx.extra.session?.stop(); // refused (logged out, expired): an anonymous socket has no session to lose
        // Closed while it was being authenticated: onClose has already run, so nothing may stay behind.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
          ctx.extra.session?.stop();
          return false;
        }
        if (context.actor && !sockets.acquire(context.actor.userId)) return false;
        ctx.extra.context = context;
        ctx.extra.socketId = randomUUID();
        return true;
      },
      onClose: (ctx) => {
        ctx.extra.session?.stop();
        const userId = ctx.extra.context?.actor?.userId;
        if (userId) sockets.release(userId);
      },
      // The socket's caller, with what its resolvers share kept per operation.
      onSubscribe: async (ctx, id, payload) => {
        if (Object.keys(ctx.subscriptions).length > WS_LIMITS.subscriptionsPerSocket) return [tooManySubscriptions()];
        const checked = checkDocument(payload.query, !!ctx.extra.context?.actor);
        if (!("kind" in checked)) return [...checked];
        let idempotency;
        let operation;
        try {
          operation = getOperationAST(checked, payload.operationName) ?? undefined;
          // Queries and mutations come this way too (a push many times a second): only subscription
          // starts count, against the socket's budget (`subscriptionStartsPerSocket`).
          if (operation?.operation === "subscription") await services.rateLimits.subscriptionStarts.consume(ctx.extra.socketId!);
          idempotency = keyedMutation(payload.extensions?.idempotencyKey, operation, payload);
        } catch (error) {
          return [asGraphqlError(error)]; // masked once, by onError
        }
        // The socket's caller, with what its resolvers share kept per operation.
        const contextValue: Context = { ...ctx.extra.context!, ...perOperation(services), idempotency, ...newRequest() };
        // A subscription's events shared by many subscribers leave as frames serialised once (`prebuilt-frames.ts`);
        // a query's or mutation's one answer goes through graphql-ws (a push many times a second: nothing to prepare).
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) enableNextFrames(contextValue, ctx.extra.socket, id);
        return {
          schema,
          document: checked,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        } as ExecutionArgs;
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as Context;
        const masked =
          "errors" in result && result.errors
            ? { ...result, errors: result.errors.map((e) => reportInternal(context, mask(e as GraphQLError), e)) }
            : result;
        // A subscription's events are not operations of their own; queries and mutations are logged once.
        if (operationKind(args.document, args.operationName) !== OperationTypeNode.SUBSCRIPTION)
          logOperation(context, args.operationName, masked.errors);
        const { idempotency: keyed, actor } = context;
        if (keyed?.replay !== undefined) return keyed.replay as typeof masked;
        if (keyed?.reserved && actor) await services.runner.rememberAnswer(actor, keyed, masked);
        return masked;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(mask),
    },
    wss,
  );
  return {
    wss,
    async close() {
      for (const client of wss.clients) client.close(GOING_AWAY, "Servern startas om");
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
