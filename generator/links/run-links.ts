/**
 * A whole run: the links to check (new ones, and those whose last check is at least `maxAgeMs` old), checked
 * concurrently under the politeness limits, merged into the previous file's entries.
 */
import { checkLink, type CheckOptions, type CheckOutcome } from './check-link.js';
import { createAgents, destroyAgents } from './probe.js';
import { RequestScheduler } from './scheduler.js';
import type { CheckRecord, LinkEntry, LinkFile, LinkStatus } from './types.js';

export const DEFAULT_DESCRIPTION =
  'Documentation links checked by `shapegen links`: each href exactly as written in the models\' documentation HTML ' +
  '(entities decoded) -> ok (kept as written), moved (replaced by the final URL after redirects: location) or dead ' +
  '(no host, unreachable, 4xx/5xx, too many redirects or a loop: published as its text). "checked" records when ' +
  'each link was checked and what was seen; readers of the link map ignore it.';

export interface RunOptions {
  readonly concurrency: number;
  readonly perHost: number;
  readonly delayMs: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /** Links last checked at least this long ago are checked again; 0 checks everything. */
  readonly maxAgeMs: number;
  /** Drop the previous file's links that are not among the links given. */
  readonly prune?: boolean;
  readonly now?: () => Date;
  readonly onProgress?: (done: number, total: number) => void;
  /** Overrides for tests: name resolution, sleeping between retries. */
  readonly lookup?: CheckOptions['probe']['lookup'];
  readonly sleep?: CheckOptions['sleep'];
}

export interface RunResult {
  readonly file: LinkFile;
  /** Links requested in this run. */
  readonly checked: number;
  /** Links whose previous entry was recent enough to keep. */
  readonly reused: number;
  /** Entries of the links given, by status. */
  readonly counts: Readonly<Record<LinkStatus, number>>;
  /** The links given that are dead, with what their check saw. */
  readonly dead: readonly { readonly url: string; readonly result: string }[];
}

/** ISO 8601 in UTC to the second: the format of `checked[url].at`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The links to check now: those without an entry or a check record, or checked at least `maxAgeMs` ago. */
export function linksDue(links: readonly string[], previous: LinkFile | undefined, maxAgeMs: number, now: Date): string[] {
  return links.filter((url) => {
    const record = previous?.checked.get(url);
    if (!previous?.links.has(url) || !record) return true;
    return now.getTime() - Date.parse(record.at) >= maxAgeMs;
  });
}

async function checkAll(urls: readonly string[], opts: RunOptions): Promise<Map<string, CheckOutcome>> {
  const agents = createAgents();
  const check: CheckOptions = {
    scheduler: new RequestScheduler({ concurrency: opts.concurrency, perHost: opts.perHost, delayMs: opts.delayMs }),
    probe: { timeoutMs: opts.timeoutMs, userAgent: opts.userAgent, agents, ...(opts.lookup ? { lookup: opts.lookup } : {}) },
    maxRedirects: opts.maxRedirects,
    retries: opts.retries,
    retryDelayMs: opts.retryDelayMs,
    maxRetryAfterMs: 60_000,
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
  };
  const outcomes = new Map<string, CheckOutcome>();
  let done = 0;
  opts.onProgress?.(0, urls.length);
  try {
    await Promise.all(
      urls.map(async (url) => {
        outcomes.set(url, await checkLink(url, check));
        opts.onProgress?.(++done, urls.length);
      }),
    );
  } finally {
    destroyAgents(agents);
  }
  return outcomes;
}

export async function runLinks(hrefs: readonly string[], previous: LinkFile | undefined, opts: RunOptions): Promise<RunResult> {
  const links = [...new Set(hrefs)];
  const now = opts.now?.() ?? new Date();
  const due = linksDue(links, previous, opts.maxAgeMs, now);
  const outcomes = await checkAll(due, opts);
  const given = new Set(links);
  const keep = (url: string) => !opts.prune || given.has(url);
  const entries = new Map<string, LinkEntry>([...(previous?.links ?? [])].filter(([url]) => keep(url)));
  const checked = new Map<string, CheckRecord>([...(previous?.checked ?? [])].filter(([url]) => keep(url)));
  const at = isoSeconds(now);
  for (const [url, outcome] of outcomes) {
    entries.set(url, outcome.entry);
    checked.set(url, { at, result: outcome.result });
  }
  const counts: Record<LinkStatus, number> = { ok: 0, moved: 0, dead: 0 };
  const dead: { url: string; result: string }[] = [];
  for (const url of links) {
    const status = (entries.get(url) as LinkEntry).status;
    counts[status]++;
    if (status === 'dead') dead.push({ url, result: checked.get(url)?.result ?? '' });
  }
  return {
    file: { description: previous?.description ?? DEFAULT_DESCRIPTION, links: entries, checked },
    checked: due.length,
    reused: links.length - due.length,
    counts,
    dead,
  };
}
