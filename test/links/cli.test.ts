/**
 * `shapegen links` end to end, against the local server: the file it writes, re-running with --max-age,
 * standard output, --list, and the exit codes (0 written, 1 bad input or --fail-on-dead, 2 usage).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLinkMap } from '../../generator/links/index.js';
import { parseLinkFile, serializeLinkFile } from '../../generator/links/link-map.js';
import { startServer, type TestServer } from './support/server.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shapegen-links-cli-'));
let server: TestServer;
let base: string;
let model: string;

beforeAll(async () => {
  server = await startServer();
  base = `http://127.0.0.1:${server.port}`;
  server.route('/guide', { status: 200 });
  server.route('/old-guide', { status: 301, location: '/guide' });
  server.route('/gone', { status: 404 });
  server.route('/names', { status: 200 });
  server.route('/output', { status: 200 });
  server.route('/search?a=1&b=2', { status: 302, location: '/search-v2' });
  server.route('/search-v2', { status: 200 });
  model = join(dir, 'links.yaml');
  writeFileSync(model, readFileSync('test/fixtures/links/model.yaml', 'utf8').replaceAll('{base}', base));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = runCli;

const FAST = ['--timeout', '2000', '--delay', '0', '--retry-delay', '10'];

describe('shapegen links', () => {
  it('writes the link map of the models, sorted, in the reference format', async () => {
    const out = join(dir, 'map.json');
    const r = await run(['links', model, '-o', out, ...FAST]);
    expect(r.err).toContain('7 link(s): 3 ok, 2 moved, 2 dead (7 checked now, 0 from the file)');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const map = readLinkMap(out);
    expect(Object.fromEntries(map.links)).toEqual({
      '#NextToken': { status: 'dead' },
      [`${base}/gone`]: { status: 'dead' },
      [`${base}/guide`]: { status: 'ok' },
      [`${base}/names`]: { status: 'ok' },
      [`${base}/old-guide`]: { status: 'moved', location: `${base}/guide` },
      [`${base}/output`]: { status: 'ok' },
      [`${base}/search?a=1&b=2`]: { status: 'moved', location: `${base}/search-v2` },
    });
    // Deterministic: the text is what the serializer makes of it (keys sorted), and nothing else is left.
    expect(serializeLinkFile(parseLinkFile(text, out))).toBe(text);
    expect(Object.keys(JSON.parse(text))).toEqual(['description', 'links', 'checked']);
    expect(readdirSync(dir).sort()).toEqual(['links.yaml', 'map.json']);
    const checked = parseLinkFile(text, out).checked;
    expect(checked.get(`${base}/gone`)?.result).toBe('HTTP 404');
    expect(checked.get(`${base}/old-guide`)?.result).toBe('301 -> HTTP 200');
  });

  it('re-running within --max-age requests nothing and leaves the file as it was', async () => {
    const out = join(dir, 'map.json');
    const before = readFileSync(out, 'utf8');
    const requests = server.requests.length;
    const r = await run(['links', model, '-o', out, '--max-age', '1h', ...FAST]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('(0 checked now, 7 from the file)');
    expect(server.requests.length).toBe(requests);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('--max-age 0 checks every link again', async () => {
    const out = join(dir, 'map.json');
    const requests = server.requests.length;
    const r = await run(['links', model, '-o', out, '--max-age', '0', ...FAST]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('(7 checked now, 0 from the file)');
    expect(server.requests.length).toBeGreaterThanOrEqual(requests + 6);
  });

  it('without -o writes the map to standard output', async () => {
    const r = await run(['links', model, ...FAST]);
    expect(r.code).toBe(0);
    const file = parseLinkFile(r.out, 'stdout');
    expect(file.links.get(`${base}/gone`)).toEqual({ status: 'dead' });
  });

  it('--list prints the links and requests nothing', async () => {
    const requests = server.requests.length;
    const r = await run(['links', model, '--list']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual(['#NextToken', `${base}/gone`, `${base}/guide`, `${base}/names`, `${base}/old-guide`, `${base}/output`, `${base}/search?a=1&b=2`, '']);
    expect(server.requests.length).toBe(requests);
  });

  it('--fail-on-dead exits 1 and lists the dead links', async () => {
    const out = join(dir, 'strict.json');
    const r = await run(['links', model, '-o', out, '--fail-on-dead', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`dead  ${base}/gone  (HTTP 404)`);
    expect(r.err).toContain('dead  #NextToken  (the URL has no host)');
    expect(existsSync(out)).toBe(true);
  });

  it('exits 1 and writes nothing for an invalid model', async () => {
    const out = join(dir, 'never.json');
    const r = await run(['links', 'test/fixtures/invalid/unknown-input-shape/model.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/model\.yaml:13:12: error unknown-shape: /);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 and leaves a bad existing map alone, saying where it is wrong', async () => {
    const out = join(dir, 'bad.json');
    const text = '{"description": "d", "links": {\n  "x": {"status": "fine"}}}';
    writeFileSync(out, text);
    const r = await run(['links', model, '-o', out, ...FAST]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${out}:2:19: error: "status" must be "ok", "moved" or "dead", not "fine"`);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('exits 1 with the reason when the map cannot be written', async () => {
    const r = await run(['links', model, '-o', join(model, 'map.json'), ...FAST]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`shapegen: cannot write ${join(model, 'map.json')}: `);
  });

  it.each([
    [['links']],
    [['links', 'MODEL', '--max-age', 'soon']],
    [['links', 'MODEL', '--concurrency', '0']],
    [['links', 'MODEL', '--per-host', 'two']],
    [['links', 'MODEL', '--no-such-flag']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const requests = server.requests.length;
    expect((await run(args.map((a) => (a === 'MODEL' ? model : a)))).code).toBe(2);
    expect(server.requests.length).toBe(requests);
  });

  it('has --help that states the exit codes', async () => {
    const r = await run(['links', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: shapegen links');
    expect(r.out).toContain('Exit codes: 0 the map was written (dead links are part of the map, not a failure)');
  });
});
