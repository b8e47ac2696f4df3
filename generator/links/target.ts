/**
 * What a link on a page points at: the docs emitter's own reading of an href (`fixUrl`: relative AWS
 * documentation paths get the documentation host, a link without a scheme gets `https://`), then whether
 * that is a URL a request can be made to at all.
 */
import { fixUrl } from '../emit/docs/html-read.js';

export type LinkTarget =
  /** An http(s) URL to request. */
  | { readonly kind: 'request'; readonly url: URL }
  /** Nothing to request, and nothing wrong (`mailto:`): the link stays as written. */
  | { readonly kind: 'unchecked'; readonly reason: string }
  /** No request can succeed: the link is dead. */
  | { readonly kind: 'invalid'; readonly reason: string };

/** `scheme://` followed directly by the path, query, fragment or nothing: the URL names no host. */
const HOSTLESS = /^[a-z][a-z0-9+.-]*:\/\/(?:[/?#]|$)/i;

export function linkTarget(href: string): LinkTarget {
  if (href.startsWith('mailto:')) return { kind: 'unchecked', reason: 'mailto link, not checked' };
  const url = fixUrl(href);
  // A browser would strip or encode whitespace; the reference published such links as dead, and a URL with
  // whitespace in it is a mistake in the model.
  if (/\s/.test(url)) return { kind: 'invalid', reason: 'the URL contains whitespace' };
  if (HOSTLESS.test(url)) return { kind: 'invalid', reason: 'the URL has no host' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'invalid', reason: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'invalid', reason: `not an http(s) URL (${parsed.protocol})` };
  if (parsed.hostname === '') return { kind: 'invalid', reason: 'the URL has no host' };
  return { kind: 'request', url: parsed };
}
