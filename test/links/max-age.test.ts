/** Re-running on an existing map: only links without a recent check are requested; the rest keep their entry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksDue, runLinks } from '../../generator/links/run-links.js';
import type { CheckRecord, LinkEntry, LinkFile } from '../../generator/links/types.js';
import { CHECK } from './support/options.js';
import { startServer, type TestServer } from './support/server.js';

const DAY = 86_400_000;
const NOW = new Date('2025-06-15T12:00:00Z');

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startServer();
  base = `http://127.0.0.1:${server.port}`;
  for (const p of ['/fresh', '/stale', '/unrecorded', '/new', '/exactly-max-age']) server.route(p, { status: 200 });
});
afterAll(() => server?.close());

/** A previous file: every link was `dead` back then, so a recheck shows as a change to `ok`. */
function previous(): LinkFile {
  const at = (daysAgo: number): CheckRecord => ({ at: new Date(NOW.getTime() - daysAgo * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z'), result: 'HTTP 404' });
  const dead: LinkEntry = { status: 'dead' };
  return {
    description: 'kept as it was',
    links: new Map([
      [`${base}/fresh`, dead], [`${base}/stale`, dead], [`${base}/unrecorded`, dead], [`${base}/exactly-max-age`, dead], [`${base}/elsewhere`, dead],
    ]),
    checked: new Map([[`${base}/fresh`, at(1)], [`${base}/stale`, at(10)], [`${base}/exactly-max-age`, at(7)], [`${base}/elsewhere`, at(1)]]),
  };
}

describe('--max-age', () => {
  it('rechecks only links never checked, checked too long ago, or not in the file', async () => {
    const links = ['/fresh', '/stale', '/unrecorded', '/new', '/exactly-max-age'].map((p) => base + p);
    const prev = previous();
    const before = server.requests.length;
    const r = await runLinks(links, prev, { ...CHECK, maxAgeMs: 7 * DAY, now: () => NOW });
    const asked = server.requests.slice(before).map((q) => q.path).sort();
    expect(asked).toEqual(['/exactly-max-age', '/new', '/stale', '/unrecorded']);
    expect(r.checked).toBe(4);
    expect(r.reused).toBe(1);
    // The fresh link keeps its old entry and record; the others get this run's time.
    expect(r.file.links.get(`${base}/fresh`)).toEqual({ status: 'dead' });
    expect(r.file.checked.get(`${base}/fresh`)).toEqual(prev.checked.get(`${base}/fresh`));
    for (const p of ['/stale', '/unrecorded', '/new', '/exactly-max-age']) {
      expect(r.file.links.get(base + p)).toEqual({ status: 'ok' });
      expect(r.file.checked.get(base + p)).toEqual({ at: '2025-06-15T12:00:00Z', result: 'HTTP 200' });
    }
    expect(r.counts).toEqual({ ok: 4, moved: 0, dead: 1 });
    expect(r.file.description).toBe('kept as it was');
    // A link of the file that the models no longer hold stays, unless pruned.
    expect(r.file.links.has(`${base}/elsewhere`)).toBe(true);
  });

  it('0 rechecks everything; --prune drops what the models no longer hold', async () => {
    const links = [`${base}/fresh`];
    const before = server.requests.length;
    const r = await runLinks(links, previous(), { ...CHECK, maxAgeMs: 0, prune: true, now: () => NOW });
    expect(server.requests.length - before).toBe(1);
    expect([...r.file.links.keys()]).toEqual(links);
    expect([...r.file.checked.keys()]).toEqual(links);
  });

  it('picks the due links from the check times alone', () => {
    const prev = previous();
    const links = [...prev.links.keys()];
    expect(linksDue(links, prev, 2 * DAY, NOW).map((u) => u.slice(base.length))).toEqual(['/stale', '/unrecorded', '/exactly-max-age']);
    expect(linksDue(links, prev, 30 * DAY, NOW).map((u) => u.slice(base.length))).toEqual(['/unrecorded']);
    expect(linksDue(links, undefined, 30 * DAY, NOW)).toEqual(links);
  });
});
