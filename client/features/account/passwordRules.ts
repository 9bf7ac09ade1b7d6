/**
 * The client's side of the server's password rules (server/identity/password-rules.ts): the length is
 * checked here before anything is sent; whether a password is among the 10,000 most common only the
 * server knows (the list is not shipped to browsers).
 */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'account.passwordRequired' | 'account.passwordTooShort';

/** Characters as a person counts them (å or an emoji is one), as the server counts. */
const length = (password: string): number => [...password.normalize('NFC')].length;

export function newPasswordProblem(password: string): PasswordProblem | null {
  if (password === '') return 'account.passwordRequired';
  return length(password) < MIN_PASSWORD_LENGTH ? 'account.passwordTooShort' : null;
}

/** The server refused a password whose length was fine: it is on the list of common ones. */
export function refusedPasswordProblem(password: string): 'account.passwordCommon' | PasswordProblem {
  return newPasswordProblem(password) ?? 'account.passwordCommon';
}
