import { GraphQLError, type DocumentNode } from "graphql";
import { DomainError, ErrorCode } from "../errors.js";

/** What one WebSocket may hold; a browser tab needs about twenty subscriptions, an editor one socket. */
export const WS_LIMITS = {
  subscriptionsPerSocket: 64,
  socketsPerUser: 32,
  /** The query texts kept parsed and validated, in bytes of text. */
  cachedQueryBytes: 1024 * 1024,
} as const;

/** The largest message a client may send: one co-editing update of `maxUpdateBytes`, in base64, with its envelope. */
export function maxPayloadBytes(maxUpdateBytes: number): number {
  return Math.ceil(maxUpdateBytes / 3) * 4 + 16 * 1024;
}

/** A GraphQL error carrying the domain's RATE_LIMITED, so the one error map words it like any other. */
export const tooManySubscriptions = () =>
  asGraphqlError(
    new DomainError(ErrorCode.RATE_LIMITED, `Högst ${WS_LIMITS.subscriptionsPerSocket} samtidiga prenumerationer per anslutning`, {
      retryAfterSeconds: 1,
    }),
  );

/** A GraphQL error for what `onSubscribe` refuses; a DomainError stays its `originalError`, for the error map. */
export function asGraphqlError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const cause = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(cause.message, { originalError: cause });
}

/** Open sockets per user, so one account cannot hold the server's memory. */
export class SocketCounter {
  private readonly open = new Map<string, number>();

  /** Counts one more socket for `userId`; false (and nothing counted) when the user is at the limit. */
  acquire(userId: string): boolean {
    const count = this.open.get(userId) ?? 0;
    if (count >= WS_LIMITS.socketsPerUser) return false;
    this.open.set(userId, count + 1);
    return true;
  }

  release(userId: string): void {
    const count = (this.open.get(userId) ?? 1) - 1;
    if (count <= 0) this.open.delete(userId);
    else this.open.set(userId, count);
  }
}

/**
 * Parsed and validated query texts, bounded in bytes (oldest out first). Only callers who proved who
 * they are fill it, so anonymous sockets cannot flood it with unique texts.
 */
export class CheckedQueryCache {
  private readonly entries = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private bytes = 0;

  get(query: string): DocumentNode | readonly GraphQLError[] | undefined {
    return this.entries.get(query);
  }

  set(query: string, checked: DocumentNode | readonly GraphQLError[]): void {
    if (query.length > WS_LIMITS.cachedQueryBytes / 4 || this.entries.has(query)) return;
    this.entries.set(query, checked);
    this.bytes += query.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= WS_LIMITS.cachedQueryBytes) break;
      this.entries.delete(oldest);
      this.bytes -= oldest.length;
    }
  }
}
