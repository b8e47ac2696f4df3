/** HTML escaping, the one helper for the whole generator: text (`&`, `<`, `>`), and attribute values (also `"`). */

const TEXT = /[&<>]/g;
const ATTRIBUTE = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `s` as HTML text, or (`attribute`) as a double-quoted attribute value. */
export function escapeHtml(s: string, attribute = false): string {
  return s.replace(attribute ? ATTRIBUTE : TEXT, (c) => ENTITY[c]);
}
