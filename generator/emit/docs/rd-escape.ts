/**
 * Escaping for Rd, and the text clean-ups the reference's generator applied to the intermediate Markdown
 * (`\uXXXX` as `U+XXXX` code, U+2028 removed). Text, verbatim and URLs escape the same four characters;
 * R-like code only `%`.
 */

/** Text, verbatim text (`\verb`, `\preformatted`, `\examples`) and URLs (`\href`): `\`, `%`, `{`, `}` escaped. */
export function rdText(s: string): string {
  return s.replace(/[\\%{}]/g, (c) => '\\' + c);
}

/** R-like code (`\code{}`, `\examples{}`): roxygen escapes only `%`, the rest is written as it is. */
export function rdCode(s: string): string {
  return s.replace(/%/g, '\\%');
}

/** Characters no Rd page may hold: line and paragraph separators, other C0/C1 controls (except tab/newline). */
export function stripForbidden(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
}

/** `\u00e9` written out in a documentation string -> marker for code `U+00e9` (the reference's rule). */
export const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;

/**
 * The backslash escapes of pandoc's Markdown that reach the Rd as they are (roxygen keeps them): before
 * `<` and `>`, shown on the page (`\<key\>`). (Before a word's first `#` too, with `hash`; not written,
 * since R's checkRd reports `\#` as an escaped LaTeX special and the pages show `#`.)
 */
export function keptMdEscapes(s: string, hash = false): string {
  if (!/[<>#]/.test(s)) return s;
  return s.replace(hash ? /[<>]|^#/g : /[<>]/g, (c) => '\\' + c);
}

/** R-like Rd text as R's help page shows it: `\\`, `\%`, `\{` and `\}` are escapes; other backslashes stay. */
export function rLikeView(s: string): string {
  return s.includes('\\') ? s.replace(/\\([\\%{}])/g, '$1') : s;
}
