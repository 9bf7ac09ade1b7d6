import { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';
import type { LifecycleGapFieldsFragment as LifecycleGap } from './gql/graphql';

/**
 * The one place where server error codes (`extensions.code`, see API.md) become
 * messages. Components keep an `AppError` and render `t(errorMessageKey(error))`,
 * so the text follows a language switch.
 */
export const SERVER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
/** NETWORK: the server could not be reached; UNKNOWN: anything unexpected. */
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

export interface AppError {
  code: ErrorCode;
  /** BAD_USER_INPUT: the offending input field, when the server names it. */
  field?: string;
  /** CONFLICT: the version the record has now. */
  currentVersion?: number;
  /** RATE_LIMITED: how long until another attempt can succeed. */
  retryAfterSeconds?: number;
  /** INVALID_STATE of a lifecycle step: everything that stands in its way, as data to word in the UI's language. */
  gaps?: LifecycleGap[];
  /**
   * INVALID_STATE that the caller may override by confirming: the argument to send as true (markStrategic's
   * `confirmOverTen`), and what it is about (per year, the count the change would make).
   */
  confirm?: { argument: string; years: Array<{ year: number; count: number }> };
  /** FORBIDDEN at login: the municipality signs in with its own accounts; the button to offer instead. */
  singleSignOn?: { kommun: string; displayName: string; startUrl: string };
}

/** Where the error is shown; the same code can mean different things to the user. */
export type ErrorContext = 'default' | 'login';

function isServerErrorCode(code: unknown): code is ServerErrorCode {
  return typeof code === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(code);
}

function isLifecycleGap(value: unknown): value is LifecycleGap {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function fromGraphQLError(error: GraphQLFormattedError): AppError {
  const extensions = error.extensions ?? {};
  const code = isServerErrorCode(extensions.code) ? extensions.code : 'UNKNOWN';
  const appError: AppError = { code };
  if (typeof extensions.field === 'string') appError.field = extensions.field;
  if (typeof extensions.currentVersion === 'number') appError.currentVersion = extensions.currentVersion;
  if (typeof extensions.retryAfterSeconds === 'number') appError.retryAfterSeconds = extensions.retryAfterSeconds;
  if (Array.isArray(extensions.gaps)) appError.gaps = extensions.gaps.filter(isLifecycleGap);
  if (typeof extensions.confirm === 'string')
    appError.confirm = {
      argument: extensions.confirm,
      years: Array.isArray(extensions.years) ? (extensions.years as Array<{ year: number; count: number }>) : [],
    };
  const sso = extensions.singleSignOn as AppError['singleSignOn'] | undefined;
  if (sso && typeof sso.kommun === 'string' && typeof sso.displayName === 'string' && typeof sso.startUrl === 'string')
    appError.singleSignOn = { kommun: sso.kommun, displayName: sso.displayName, startUrl: sso.startUrl };
  return appError;
}

/** GraphQL errors a non-2xx HTTP answer carried in its body (Apollo reports those as network errors). */
function bodyErrors(networkError: unknown): readonly GraphQLFormattedError[] {
  if (typeof networkError !== 'object' || networkError === null || !('result' in networkError)) return [];
  const result = (networkError as { result?: unknown }).result;
  if (typeof result !== 'object' || result === null || !('errors' in result)) return [];
  const errors = (result as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
}

function statusCode(networkError: unknown): number | undefined {
  if (typeof networkError !== 'object' || networkError === null || !('statusCode' in networkError)) return undefined;
  const status = (networkError as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function fromNetworkError(networkError: unknown): AppError {
  const [first] = bodyErrors(networkError);
  if (first) return fromGraphQLError(first);
  const status = statusCode(networkError);
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 429) return { code: 'RATE_LIMITED' };
  if (status !== undefined && status >= 500) return { code: 'UNKNOWN' };
  return { code: 'NETWORK' };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof ApolloError) {
    const [first] = error.graphQLErrors;
    if (first) return fromGraphQLError(first);
    if (error.networkError) return fromNetworkError(error.networkError);
    return { code: 'UNKNOWN' };
  }
  if (error instanceof TypeError) return { code: 'NETWORK' }; // fetch() failing to connect
  return { code: 'UNKNOWN' };
}

export function errorMessageKey(error: AppError, context: ErrorContext = 'default'): string {
  if (context === 'login' && error.code === 'UNAUTHENTICATED') return 'errors.loginFailed';
  return `errors.${error.code}`;
}

/** True when the server says the session is missing or no longer valid. */
export function isUnauthenticated(graphQLErrors: readonly GraphQLFormattedError[] | undefined, networkError: unknown): boolean {
  const errors = [...(graphQLErrors ?? []), ...bodyErrors(networkError)];
  return errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || statusCode(networkError) === 401;
}
