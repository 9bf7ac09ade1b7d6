import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { fromBase64, toBase64 } from 'lib0/buffer';
import {
  PresenceDocument,
  PushSectionUpdateDocument,
  SectionStateDocument,
  SectionUpdatesDocument,
  UpdatePresenceDocument,
  type PresenceMemberItemFragment,
  type UpdatePresenceMutationVariables,
} from '../../../gql/graphql';
import { SESSION_ENDED_CLOSE_CODE, closeCode } from '../../../connection';
import { endSession, session } from '../../identity/session';
import type { SectionTransport } from './ports';

/**
 * The co-editing traffic on a graphql-ws socket of its own: pushes, catch-up and live updates go
 * over one open connection instead of an HTTP request each. The socket does not retry by itself
 * (`retryAttempts: 0`): a drop ends every subscription with an error, and each section then
 * reconnects on its own with a state-vector catch-up, which a silent re-subscribe would skip.
 */

const GRAPHQL_PATH = '/graphql';
/** Pings detect a dead connection (sleeping laptop, lost Wi-Fi) long before TCP would. */
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;
/** Our close code for a connection that stopped answering pings (graphql-ws' recipe uses it too). */
const CLOSE_NO_PONG = 4408;

/** This tab: the origin of its pushes (so they are not echoed back) and its presence client id. */
export const TAB_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** An error with the server's `extensions.code`, or without one for network failures. */
export class CollabRequestError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'CollabRequestError';
  }
}

let socket: { client: Client; epoch: number } | null = null;

/**
 * The socket for the current session; replaced at every login and logout (the server authenticates
 * it once, at connect, by the session cookie the browser sends with the same-origin upgrade).
 */
function collabClient(): Client {
  const epoch = session.epoch;
  if (socket && socket.epoch === epoch) return socket.client;
  void socket?.client.dispose();
  const { protocol, host } = window.location;
  let open: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client = createClient({
    url: `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`,
    lazy: true,
    retryAttempts: 0,
    keepAlive: KEEP_ALIVE_MS,
    on: {
      connected: (connected) => (open = connected as WebSocket),
      // A ping without a pong in time: close, so every section notices and catches up on a new socket.
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (open?.readyState === WebSocket.OPEN) open.close(CLOSE_NO_PONG, 'No pong');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        // The session ended (logout in another tab, expiry): sign out here too; unsent edits stay in IndexedDB.
        if (closeCode(event) === SESSION_ENDED_CLOSE_CODE && session.epoch === epoch) endSession();
      },
    },
  });
  socket = { client, epoch };
  return client;
}

function toError(error: unknown): CollabRequestError {
  if (error instanceof CollabRequestError) return error;
  const first = Array.isArray(error) ? (error[0] as GraphQLFormattedError | undefined) : undefined;
  if (first) {
    const code = first.extensions?.code;
    return new CollabRequestError(typeof code === 'string' ? code : 'UNKNOWN', first.message);
  }
  return new CollabRequestError(undefined, error instanceof Error ? error.message : 'connection failed');
}

function resultError(result: FormattedExecutionResult<unknown, unknown>): CollabRequestError | null {
  return result.errors && result.errors.length > 0 ? toError(result.errors) : null;
}

interface Sink<T> {
  next(data: T): void;
  error(error: CollabRequestError): void;
  complete(): void;
}

/** Runs an operation on the collab socket; returns its cancel function. */
function run<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  sink: Sink<TData>,
): () => void {
  return collabClient().subscribe<TData>(
    { query: print(document), variables },
    {
      next: (result) => {
        const error = resultError(result);
        if (error) sink.error(error);
        else if (result.data) sink.next(result.data);
      },
      error: (error) => sink.error(toError(error)),
      complete: () => sink.complete(),
    },
  );
}

/** A query or mutation on the collab socket: its data, or a CollabRequestError. */
function request<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return new Promise((resolve, reject) => {
    let settled = false;
    run(document, variables, {
      next: (data) => {
        settled = true;
        resolve(data);
      },
      error: (error) => {
        settled = true;
        reject(error);
      },
      complete: () => {
        if (!settled) reject(new CollabRequestError(undefined, 'no answer'));
      },
    });
  });
}

/** The section sync's transport over GraphQL (API.md: sectionState, pushSectionUpdate, sectionUpdates). */
export function graphqlSectionTransport(sectionId: string, origin: string = TAB_ID): SectionTransport {
  return {
    async fetchState(stateVector) {
      const { sectionState } = await request(SectionStateDocument, { sectionId, stateVector: toBase64(stateVector) });
      return { update: fromBase64(sectionState.update), seq: sectionState.seq, editable: sectionState.editable };
    },
    async push(update) {
      const { pushSectionUpdate } = await request(PushSectionUpdateDocument, { sectionId, update: toBase64(update), origin });
      return { seq: pushSectionUpdate.seq };
    },
    subscribe(afterSeq, sink) {
      return run(
        SectionUpdatesDocument,
        { sectionId, afterSeq, origin },
        {
          next: ({ sectionUpdates }) => sink.next({ seq: sectionUpdates.seq, update: fromBase64(sectionUpdates.update) }),
          error: (error) => sink.error(error),
          complete: () => sink.complete(),
        },
      );
    },
  };
}

/** Who is in the agreement; this tab is present as `clientId` until the returned function is called. */
export function subscribePresence(agreementId: string, clientId: string, sink: Sink<PresenceMemberItemFragment[]>): () => void {
  return run(
    PresenceDocument,
    { agreementId, clientId },
    {
      next: ({ presence }) => sink.next(presence.members),
      error: (error) => sink.error(error),
      complete: () => sink.complete(),
    },
  );
}

export async function sendPresence(variables: UpdatePresenceMutationVariables): Promise<void> {
  await request(UpdatePresenceDocument, variables);
}
