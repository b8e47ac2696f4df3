/**
 * The link map: what became of each documentation link. The format is that of
 * `../shared/links/paws-site-2023.json`: `{"description": "...", "links": {"<href>": <entry>}}`, keyed by the
 * href exactly as written in the model's documentation HTML (entities decoded).
 */

/** `ok`: kept as written; `moved`: published with `location`, the final URL after redirects; `dead`: its text only. */
export type LinkEntry =
  | { readonly status: 'ok' }
  | { readonly status: 'moved'; readonly location: string }
  | { readonly status: 'dead' };

export type LinkStatus = LinkEntry['status'];

export interface LinkMap {
  readonly description: string;
  /** href as written in the model -> entry. A Map, so that any href (even `__proto__`) is only data. */
  readonly links: ReadonlyMap<string, LinkEntry>;
}

/** When a link was last checked and what the check saw (`HTTP 404`, `301 -> 200`, `timed out`). */
export interface CheckRecord {
  /** ISO 8601, UTC, whole seconds. */
  readonly at: string;
  readonly result: string;
}

/**
 * The file `shapegen links` writes: the link map plus, under the extra top-level field `checked`, when each
 * link was checked. Readers of the link-map format ignore the extra field.
 */
export interface LinkFile extends LinkMap {
  readonly checked: ReadonlyMap<string, CheckRecord>;
}
