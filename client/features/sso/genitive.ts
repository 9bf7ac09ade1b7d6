/**
 * The Swedish genitive of a name: "Österåkers kommun" → "Österåkers kommuns", but a name that ends
 * in s, x or z takes no further s ("Kalix" → "Kalix"). English uses the name as it is.
 */
export function genitive(name: string, locale: string): string {
  if (locale !== 'sv') return name;
  return /[sxz]$/i.test(name.trim()) ? name.trim() : `${name.trim()}s`;
}
