/**
 * roxygen's link references: before handing a tag's Markdown to commonmark, roxygen appends a definition
 * `[label]: R:label` for every `[label]` in it, code spans included. Commonmark takes the valid ones as
 * definitions (nothing shows); one whose label is blank or ends in an escaping backslash is no definition
 * and shows as a last paragraph (`[ ]: R:%20`), as on the published pages.
 */
import { textInlines } from '../../html/read.js';
import { pushAll } from '../../util/arrays.js';
import type { Block, Inline } from './ast.js';

/** The `[label]` pattern roxygen looks for: not after `]` or `\`, not followed by `[` or `{`. */
const REF = /(?<=[^\]\\]|^)\[([^\][]+)\](?:\[([^\][]+)\])?(?=[^[{]|$)/g;

/** R's `URLencode` (reserved characters kept). */
function urlEncode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[\][!$&'()*+,;=:/?@#A-Za-z0-9._~-]/.test(c) && byte < 0x80 ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** The paragraph the invalid definitions make, or undefined when every `[label]` was a valid one. */
export function strayLinkRefs(md: string): Block | undefined {
  if (!md.includes('[')) return undefined;
  const lines: string[] = [];
  for (const m of md.matchAll(REF)) {
    const label = m[2] || m[1];
    const trailing = /\\+$/.exec(label)?.[0].length ?? 0;
    if (label.trim() !== '' && trailing % 2 === 0) continue;
    // As commonmark shows the line: a backslash before punctuation is an escape.
    lines.push(`[${label.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\\$/, '')}]: R:${urlEncode(label)}`);
  }
  if (lines.length === 0) return undefined;
  const c: Inline[] = [];
  lines.forEach((l, i) => {
    if (i > 0) c.push({ t: 'space', nl: true });
    pushAll(c, textInlines(l));
  });
  return { t: 'para', c };
}
