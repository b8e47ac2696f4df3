/** `generate --links`: the link map's reader, its application to the pages, and the cache key and workers. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { checkLinkMap, readLinkMap, type LinkMap } from '../../generator/links/link-map.js';
import { cacheKey } from '../../generator/scale/cache.js';
import { generateModels } from '../../generator/scale/generate-models.js';
import { loadService, toMap, voiceIdModel } from './helpers.js';

const RETRIES = 'https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/';
const WATCHLIST = 'https://docs.aws.amazon.com/connect/latest/adminguide/voiceid-fraudster-watchlist.html';
const MOVED = 'https://aws.amazon.com/builders-library/making-retries-safe/';

const map: LinkMap = { links: { [RETRIES]: { status: 'moved', location: MOVED }, [WATCHLIST]: { status: 'dead' } } };

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shapegen-links-')), name);
  writeFileSync(path, text);
  return path;
}

describe('the link map reader', () => {
  it('reads the format of the published map', () => {
    const file = tempFile('m.json', JSON.stringify({ description: 'x', links: { 'a/b.html': { status: 'ok' }, c: { status: 'moved', location: 'https://d' } } }));
    expect(readLinkMap(file)).toEqual({ description: 'x', links: { 'a/b.html': { status: 'ok' }, c: { status: 'moved', location: 'https://d' } } });
  });
  it('rejects malformed maps with the file, the entry and the fix', () => {
    expect(() => readLinkMap(tempFile('bad.json', '{"links": '))).toThrow(/bad\.json: not JSON/);
    expect(() => checkLinkMap({ links: { u: { status: 'gone' } } }, 'f.json')).toThrow(/f\.json: links\["u"\]: "status" is "gone"; use "ok", "moved" or "dead"/);
    expect(() => checkLinkMap({ links: { u: { status: 'moved' } } }, 'f.json')).toThrow(/needs "location"/);
    expect(() => checkLinkMap([], 'f.json')).toThrow(/expected an object/);
    expect(() => readLinkMap('/nonexistent/links.json')).toThrow(/cannot read the link map \(ENOENT\)/);
  });
  it('keeps no prototype keys', () => {
    const m = checkLinkMap(JSON.parse('{"links": {"__proto__": {"status": "dead"}}}'));
    expect(Object.getPrototypeOf(m.links)).toBe(null);
    expect(m.links['__proto__']).toEqual({ status: 'dead' });
  });
});

describe('applying a link map to the docs', () => {
  const service = loadService(voiceIdModel);
  const plain = toMap(emitDocs(service));
  const linked = toMap(emitDocs(service, { links: map }));

  it('gives a moved link its final URL, in the Rd and on the page', () => {
    const rd = linked.get('voiceid_start_speaker_enrollment_job.Rd')!;
    expect(plain.get('voiceid_start_speaker_enrollment_job.Rd')).toContain(`\\href{${RETRIES}}`);
    expect(rd).toContain(`\\href{${MOVED}}{Making retries safe with idempotent APIs}`);
    expect(rd).not.toContain(RETRIES);
    expect(linked.get("voiceid_start_speaker_enrollment_job.md")).toContain(`href="${MOVED}"`);
  });
  it('writes a dead link as its text', () => {
    const before = [...plain.values()].filter((t) => t.includes(WATCHLIST)).length;
    expect(before).toBeGreaterThan(0);
    expect([...linked.values()].filter((t) => t.includes(WATCHLIST))).toEqual([]);
  });
  it('leaves every URL the map does not know as written', () => {
    const other = 'https://docs.aws.amazon.com/connect/latest/adminguide/voiceid-batch-enrollment.html';
    expect([...linked.values()].filter((t) => t.includes(other)).length).toBe([...plain.values()].filter((t) => t.includes(other)).length);
    expect(toMap(emitDocs(service, { links: { links: {} } }))).toEqual(plain);
  });
});

describe('the link map in a generation run', () => {
  it('is part of the cache key: another map content, another key', () => {
    const a = tempFile('links.json', JSON.stringify(map));
    const b = tempFile('links.json', JSON.stringify({ links: {} }));
    expect(cacheKey(voiceIdModel, a)).not.toBe(cacheKey(voiceIdModel));
    expect(cacheKey(voiceIdModel, a)).not.toBe(cacheKey(voiceIdModel, b));
    expect(cacheKey(voiceIdModel, a)).toBe(cacheKey(voiceIdModel, tempFile('other-name.json', JSON.stringify(map))));
  });
  it('reaches the docs through the worker pool', async () => {
    const linksFile = tempFile('links.json', JSON.stringify(map));
    const copy = tempFile('voiceid.yaml', '');
    writeFileSync(copy, (await import('node:fs')).readFileSync(voiceIdModel));
    const result = await generateModels([voiceIdModel, copy], { jobs: 2, linksFile });
    const page = result.files.find((f) => f.path === 'voiceid/docs/voiceid_start_speaker_enrollment_job.Rd')!;
    expect(page.contents).toContain(`\\href{${MOVED}}`);
  });
});
