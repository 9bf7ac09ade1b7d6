import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, newPasswordProblem, refusedPasswordProblem } from '../../client/features/account/passwordRules.js';
import { MIN_PASSWORD_LENGTH as SERVER_MIN } from '../../server/identity/password-rules.js';

describe("the client's password rule (the server's, shown before sending)", () => {
  it('asks for the length the server asks for, counting characters as the server does', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(SERVER_MIN);
    expect(newPasswordProblem('')).toBe('account.passwordRequired');
    expect(newPasswordProblem('elva tecken')).toBe('account.passwordTooShort');
    expect(newPasswordProblem('tolv tecken!')).toBeNull();
    // "å" written as a + ring is one character, as it is to the person typing it and to the server.
    expect(newPasswordProblem('ååååååååååå'.normalize('NFD'))).toBe('account.passwordTooShort');
  });

  it('reads a refusal of a long enough password as a common one', () => {
    expect(refusedPasswordProblem('qwerty123456')).toBe('account.passwordCommon');
    expect(refusedPasswordProblem('kort')).toBe('account.passwordTooShort');
  });
});
