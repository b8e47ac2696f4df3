/**
 * The link checker against a local server, as data: test/fixtures/links/cases.yaml holds one row per case
 * (the link, what the server does on each path, the expected entry, what the check says it saw, and how
 * many requests the server got). Never touches the network: the server is on 127.0.0.1 and the few host
 * names the cases use are resolved by the test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLinks } from '../../generator/links/run-links.js';
import type { LinkEntry } from '../../generator/links/types.js';
import { CHECK } from './support/options.js';
import { closedPort, startServer, type Behaviour, type TestServer } from './support/server.js';

interface Case {
  readonly name: string;
  readonly link: string;
  readonly routes: Record<string, Behaviour>;
  readonly entry: LinkEntry;
  readonly result: string;
  readonly requests: number;
}

const cases = parse(readFileSync('test/fixtures/links/cases.yaml', 'utf8')) as Case[];

let server: TestServer;
let fill: (s: string) => string;

beforeAll(async () => {
  server = await startServer();
  const refused = await closedPort();
  const { port } = server;
  fill = (s) =>
    s.replaceAll('{base}', `http://127.0.0.1:${port}`).replaceAll('{a}', `http://a.test:${port}`)
      .replaceAll('{other}', `http://other.test:${port}`).replaceAll('{refused}', `http://127.0.0.1:${refused}`)
      .replaceAll('{port}', String(port));
  for (const c of cases) {
    for (const [path, behaviour] of Object.entries(c.routes)) server.route(fill(path), JSON.parse(fill(JSON.stringify(behaviour))) as Behaviour);
  }
});
afterAll(() => server?.close());

describe('shapegen links: the checker on a local server', () => {
  it('has a table of cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const link = fill(c.link);
    const before = server.requests.length;
    const r = await runLinks([link], undefined, CHECK);
    const expected = c.entry.status === 'moved' ? { status: 'moved', location: fill(c.entry.location) } : c.entry;
    expect(r.file.links.get(link)).toEqual(expected);
    expect(r.file.checked.get(link)?.result).toMatch(new RegExp(c.result));
    expect(server.requests.length - before).toBe(c.requests);
  });
});
