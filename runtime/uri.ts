/**
 * The request URI of the REST protocols: the operation's `requestUri` template (`/{Bucket}/{Key+}?uploads`)
 * with its labels filled and percent-encoded (a greedy label `{Key+}` keeps its `/`), then the literal
 * query string of the template followed by the members bound to the query string.
 */

/** Text RFC 3986 leaves as it is (the unreserved `A-Z a-z 0-9 - . _ ~`); with `/`, a greedy label's. */
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** Per ASCII code: 1 for the unreserved characters. */
const UNRESERVED_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') UNRESERVED_CODES[c.charCodeAt(0)] = 1;
/** Up to this length a charCodeAt loop decides faster than the regular expression (whose call costs more). */
const SHORT = 12;
const UNRESERVED_PATH = /^[A-Za-z0-9\-._~/]*$/;
/** What encodeURIComponent leaves but RFC 3986 encodes. */
const SUB_DELIMS = /[!'()*]/g;
const HAS_SUB_DELIMS = /[!'()*]/;
const escape = (c: string) => '%' + c.charCodeAt(0).toString(16).toUpperCase();

/**
 * RFC 3986 percent-encoding: everything but the unreserved characters. It runs for every key and value of
 * a query form, so one test decides (an anchored character class, faster than a charCodeAt loop but for short text):
 * text that needs nothing comes back as it is; the rest goes through encodeURIComponent (which also throws
 * a URIError for a lone surrogate), and only what it left holding one of `!'()*` pays for a replace.
 */
export function percentEncode(text: string): string {
  if (text.length <= SHORT ? unreservedShort(text) : UNRESERVED.test(text)) return text;
  const encoded = encodeURIComponent(text);
  return HAS_SUB_DELIMS.test(encoded) ? encoded.replace(SUB_DELIMS, escape) : encoded;
}

function unreservedShort(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || UNRESERVED_CODES[c] === 0) return false;
  }
  return true;
}

/** A greedy label: each `/`-separated segment encoded, the `/`s kept. */
export function percentEncodePath(text: string): string {
  return UNRESERVED_PATH.test(text) ? text : text.split('/').map(percentEncode).join('/');
}

interface Part {
  readonly literal: string;
  /** The label after the literal, if any. */
  readonly label?: string;
  readonly greedy?: boolean;
}

export interface UriTemplate {
  /** The path with its labels filled from `labels` (already as text); throws for a missing label. */
  path(labels: Readonly<Record<string, string>>): string;
  /** The same, the labels' texts given in the order of {@link labels}. */
  pathOf(texts: readonly (string | undefined)[]): string;
  /** The template's literal query string (`foo=bar&hello`), `''` when there is none. */
  readonly query: string;
  /** The label names, in order. */
  readonly labels: readonly string[];
}

/** Parses a `requestUri` once; the result fills it per request. */
export function compileUri(requestUri: string): UriTemplate {
  const q = requestUri.indexOf('?');
  const template = q < 0 ? requestUri : requestUri.slice(0, q);
  const query = q < 0 ? '' : requestUri.slice(q + 1);
  const parts: Part[] = [];
  let rest = template;
  for (;;) {
    const open = rest.indexOf('{');
    const close = open < 0 ? -1 : rest.indexOf('}', open);
    if (close < 0) {
      parts.push({ literal: rest });
      break;
    }
    const inner = rest.slice(open + 1, close);
    const greedy = inner.endsWith('+');
    parts.push({
      literal: rest.slice(0, open),
      label: greedy ? inner.slice(0, -1) : inner,
      greedy,
    });
    rest = rest.slice(close + 1);
  }
  const labels = parts.filter((p) => p.label !== undefined).map((p) => p.label!);
  const pathOf = (texts: readonly (string | undefined)[]): string => {
    let out = '';
    let k = 0;
    for (const p of parts) {
      out += p.literal;
      if (p.label === undefined) continue;
      const v = texts[k++];
      if (v === undefined) throw new TypeError(`shapegen: the URI label ${p.label} is required`);
      out += p.greedy ? percentEncodePath(v) : percentEncode(v);
    }
    return out;
  };
  return {
    query,
    labels,
    pathOf,
    path: (values) => pathOf(labels.map((l) => (Object.prototype.hasOwnProperty.call(values, l) ? values[l] : undefined))),
  };
}

/** Appends `key=value` (both encoded) to a query string being built. */
export function appendQuery(query: string, key: string, value: string): string {
  const pair = percentEncode(key) + '=' + percentEncode(value);
  return query === '' ? pair : query + '&' + pair;
}
