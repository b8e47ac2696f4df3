/** The link-map file: the reference map reads and writes back byte for byte; bad files say where and what. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LinkMapError, parseLinkMap, readLinkMap } from '../../generator/links/index.js';
import { parseLinkFile, serializeLinkFile } from '../../generator/links/link-map.js';
import { requireShared } from '../support/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'shapegen-linkmap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readLinkMap', () => {
  it('reads the reference map: 3,147 links, 633 moved, 93 dead', () => {
    const map = readLinkMap(requireShared('links', 'paws-site-2023.json'));
    expect(map.links.size).toBe(3147);
    const count = (s: string) => [...map.links.values()].filter((e) => e.status === s).length;
    expect([count('ok'), count('moved'), count('dead')]).toEqual([2421, 633, 93]);
    expect(map.links.get('http://wikipedia.org/wiki/regex')).toEqual({ status: 'moved', location: 'https://en.wikipedia.org/wiki/Regex' });
    expect(map.links.get('')).toEqual({ status: 'dead' });
    expect(map.description).toMatch(/^Link map for the 242 AWS API models/);
  });

  it('writes the reference map back byte for byte (sorted keys, its indentation)', () => {
    const path = requireShared('links', 'paws-site-2023.json');
    const text = readFileSync(path, 'utf8');
    expect(serializeLinkFile(parseLinkFile(text, path))).toBe(text);
  });

  it('ignores extra top-level fields, so it reads what shapegen links writes', () => {
    const text = JSON.stringify({ description: 'd', links: { 'http://x/': { status: 'ok' } }, checked: { 'http://x/': { at: '2025-01-01T00:00:00Z', result: 'HTTP 200' } }, note: 1 });
    const map = parseLinkMap(text, 'm.json');
    expect([...map.links]).toEqual([['http://x/', { status: 'ok' }]]);
    expect(Object.keys(map).sort()).toEqual(['description', 'links']);
  });

  it('keeps __proto__ and constructor as ordinary URLs', () => {
    const text = '{"description": "d", "links": {"__proto__": {"status": "dead"}, "constructor": {"status": "moved", "location": "https://x/"}}}';
    const file = parseLinkFile(text, 'm.json');
    expect(file.links.get('__proto__')).toEqual({ status: 'dead' });
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    const again = parseLinkFile(serializeLinkFile(file), 'm.json');
    expect([...again.links.keys()]).toEqual(['__proto__', 'constructor']);
  });

  it('names the file when it cannot be read', () => {
    const missing = join(dir, 'none.json');
    expect(() => readLinkMap(missing)).toThrow(`${missing}:0:0: error: cannot read the link map: the file does not exist`);
  });

  // (file text, every message expected, in order, each as file:line:column: error: ...)
  const bad: [string, string, string[]][] = [
    ['not JSON', '{"description": "d",\n "links": {,}}', ['m.json:2:12: error: not valid JSON']],
    ['an array', '[]', ['m.json:1:1: error: the file holds an array;']],
    ['no description', '{"links": {}}', ['m.json:1:1: error: "description" must be a string, not missing']],
    ['links not an object', '{"description": "d",\n "links": []}', ['m.json:2:11: error: "links" must be an object mapping each URL to its entry, not an array']],
    ['an unknown status', '{"description": "d", "links": {\n  "http://x/": {"status": "gone"}}}', ['m.json:2:27: error: "status" must be "ok", "moved" or "dead", not "gone"']],
    ['no status', '{"description": "d", "links": {\n  "http://x/": {}}}', ['m.json:2:16: error: "status" must be "ok", "moved" or "dead", not missing']],
    ['moved without location', '{"description": "d", "links": {\n  "http://x/": {"status": "moved"}}}', ['m.json:2:16: error: a moved entry needs "location"']],
    ['ok with a location', '{"description": "d", "links": {\n  "http://x/": {"status": "ok", "location": "http://y/"}}}', ['m.json:2:33: error: an ok entry has no "location"']],
    ['an extra field in an entry', '{"description": "d", "links": {\n  "http://x/": {"status": "dead", "checked": 1}}}', ['m.json:2:35: error: unknown field "checked" in an entry']],
    ['an entry that is a string', '{"description": "d", "links": {\n  "http://x/": "ok"}}', ['m.json:2:16: error: the entry must be an object with a "status", not a string']],
    [
      'every problem at once',
      '{"description": 1, "links": {\n  "a": {"status": "x"},\n  "b": {"status": "moved", "location": ""}}}',
      ['m.json:1:17: error: "description" must be a string, not a number', 'm.json:2:19: error: "status" must be', 'm.json:3:40: error: a moved entry needs "location"'],
    ],
  ];

  it.each(bad)('rejects %s with the place and the problem', (_name, text, messages) => {
    let error: unknown;
    try {
      parseLinkMap(text, 'm.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LinkMapError);
    const lines = (error as LinkMapError).message.split('\n');
    expect(lines).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(lines[i].startsWith(m), `${lines[i]}\n  should start with\n${m}`).toBe(true));
  });

  it('checks the check record only where it is used (the checker), and names its problems', () => {
    const text = '{"description": "d", "links": {"http://x/": {"status": "ok"}},\n "checked": {"http://x/": {"at": "yesterday"}, "http://y/": {"at": "2025-01-01T00:00:00Z", "result": ""}}}';
    expect(parseLinkMap(text, 'm.json').links.size).toBe(1);
    expect(() => parseLinkFile(text, 'm.json')).toThrow(/m\.json:2:27: error: a check record is .*\nm\.json:2:48: error: a check record for a URL that is not under "links"/);
  });
});
