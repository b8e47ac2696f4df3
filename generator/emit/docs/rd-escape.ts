/**
 * Escaping for Rd, and the text clean-ups the reference's generator applied to the intermediate Markdown
 * (`\uXXXX` as `U+XXXX` code, U+2028 removed). Rd text: `\`, `%`, `{`, `}` are escaped; in verbatim
 * (`\verb`, `\preformatted`) the same four; in R-like code (`\code`) `\` and `%`.
 */

/** Text that reaches Rd as plain text. */
export function rdText(s: string): string {
  return s.replace(/[\\%{}]/g, (c) => '\\' + c);
}

/** Text inside `\verb{}` / `\preformatted{}`. */
export function rdVerb(s: string): string {
  return s.replace(/[\\%{}]/g, (c) => '\\' + c);
}

/** Text inside `\code{}` (R-like): braces are left as they are only when they pair up. */
export function rdCode(s: string): string {
  return s.replace(/[\\%{}]/g, (c) => '\\' + c);
}

/** A URL as the first argument of `\href{}`. */
export function rdUrl(s: string): string {
  return s.replace(/[\\%{}]/g, (c) => '\\' + c);
}

/** Characters no Rd page may hold: line and paragraph separators, other C0/C1 controls (except tab/newline). */
export function stripForbidden(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
}

/** `\u00e9` written out in a documentation string -> marker for code `U+00e9` (the reference's rule). */
export const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
