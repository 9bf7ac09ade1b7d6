import { describe, expect, it } from 'vitest';
import { genitive } from '../../client/features/sso/genitive.js';
import { formOf, inputOf, serverField, validateSsoForm } from '../../client/features/sso/ssoForm.js';
import { startHref } from '../../client/features/sso/useSingleSignOnOption.js';

describe('single sign-on on the client', () => {
  it('puts the municipality in the Swedish genitive for the button, and leaves English alone', () => {
    expect(genitive('Österåkers kommun', 'sv')).toBe('Österåkers kommuns');
    expect(genitive('Vaxholms stad', 'sv')).toBe('Vaxholms stads');
    expect(genitive('Kalix', 'sv')).toBe('Kalix');
    expect(genitive('Österåkers kommun', 'en')).toBe('Österåkers kommun');
  });

  it('sends the settings as the server takes them: an empty secret kept, domains one per line', () => {
    const form = {
      ...formOf(null),
      issuer: ' https://login.example.se ',
      clientId: 'x',
      displayName: 'Kommun',
      emailDomains: 'a.se\n\n b.se, c.se',
    };
    expect(validateSsoForm(form)).toEqual({});
    expect(inputOf(form)).toMatchObject({
      issuer: 'https://login.example.se',
      clientSecret: null,
      clientSecretEnv: null,
      emailDomains: ['a.se', 'b.se', 'c.se'],
      groupsClaim: 'groups',
    });
    expect(validateSsoForm(formOf(null))).toEqual({
      issuer: 'sso.settings.issuerHint',
      clientId: 'validation.required',
      displayName: 'validation.required',
    });
    expect(serverField('emailDomains.2')).toBe('emailDomains');
    expect(serverField('mappings.0.group')).toBeNull();
  });

  it('starts the sign-in with the page to come back to', () => {
    const option = { startUrl: '/auth/oidc/start?kommun=demo' };
    expect(startHref(option, '/')).toBe('/auth/oidc/start?kommun=demo');
    expect(startHref(option, '/tvister/1?x=y')).toBe('/auth/oidc/start?kommun=demo&redirect=%2Ftvister%2F1%3Fx%3Dy');
  });
});
