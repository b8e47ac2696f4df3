/**
 * The request URI of the REST protocols: the operation's `requestUri` template (`/{Bucket}/{Key+}?uploads`)
 * with its labels filled and percent-encoded (a greedy label `{Key+}` keeps its `/`), then the literal
 * query string of the template followed by the members bound to the query string.
 */

/** Text RFC 3986 leaves as it is (the unreserved `A-Z a-z 0-9 - . _ ~`); with `/`, a greedy label's. */
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const UNRESERVED_PATH = /^[A-Za-z0-9\-._~/]*$/;
/** What encodeURIComponent leaves but RFC 3986 encodes. */
const SUB_DELIMS = /[!'()*]/g;
const HAS_SUB_DELIMS = /[!'()*]/;
const escape = (c: string) => '%' + c.charCodeAt(0).toString(16).toUpperCase();

/**
 * RFC 3986 percent-encoding: everything but the unreserved characters. It runs for every key and value of
 * a query form, so one test decides (an anchored character class, twice as fast as a charCodeAt loop):
 * text that needs nothing comes back as it is; the rest goes through encodeURIComponent (which also throws
 * a URIError for a lone surrogate), and only what it left holding one of `!'()*` pays for a replace.
 */
export function percentEncode(text: string): string {
  if (UNRESERVED.test(text)) return text;
  const encoded = encodeURIComponent(text);
  return HAS_SUB_DELIMS.test(encoded) ? encoded.replace(SUB_DELIMS, escape) : encoded;
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
