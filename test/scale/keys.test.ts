/**
 * The key memo: a model's cache key is remembered by its (and its sidecars') size and mtime, so that an
 * unchanged run hashes nothing; any change of bytes, a sidecar, the fingerprint or the options gives the key
 * the bytes give, and a file modified right around the memo's writing is hashed again (the racy case).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, cacheKeys } from '../../generator/scale/cache.js';
import { requireShared } from '../support/shared.js';

const work = mkdtempSync(join(tmpdir(), 'shapegen-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cache = join(work, 'cache');
const model = join(work, 'voice-id-2021-09-27.normal.json');
const paginators = join(work, 'voice-id-2021-09-27.paginators.json');
copyFileSync(requireShared('models', 'aws-sdk-js-2.1386.0', 'voice-id-2021-09-27.normal.json'), model);
copyFileSync(requireShared('models', 'aws-sdk-js-2.1386.0', 'voice-id-2021-09-27.paginators.json'), paginators);

/** Whole seconds well before now: the memo trusts such a file (past the racy window), and it can be set again exactly. */
const LONG_AGO = Math.floor(Date.now() / 1000) - 60;

function age(file: string, t = LONG_AGO): void {
  utimesSync(file, t, t);
}

describe('cache keys remembered by size and mtime', () => {
  it('gives the key of the bytes, and the same key again from the memo', () => {
    age(model);
    age(paginators);
    const [first] = cacheKeys(cache, [model], 'fp');
    expect(first).toBe(cacheKey(model, 'fp'));
    expect(JSON.parse(readFileSync(join(cache, 'keys.json'), 'utf8')).entries).toHaveProperty([model]);
    expect(cacheKeys(cache, [model], 'fp')).toEqual([first]);
  });

  it('trusts the memo while size and mtime hold (it reads no bytes then)', () => {
    const [key] = cacheKeys(cache, [model], 'fp');
    const bytes = readFileSync(model);
    // Rewrite the same size with different content but put the old mtime back: make's rule then trusts
    // the memo, which shows the memo (not the bytes) gave the key.
    const changed = Buffer.from(bytes.toString('utf8').replace('"version"', '"versioN"'));
    expect(changed.length).toBe(bytes.length);
    expect(changed.equals(bytes)).toBe(false);
    writeFileSync(model, changed);
    age(model);
    expect(cacheKeys(cache, [model], 'fp')).toEqual([key]);
    writeFileSync(model, bytes);
    age(model);
  });

  it('hashes again when the bytes change (a new mtime), when a sidecar changes, or with another fingerprint or options', () => {
    const [key] = cacheKeys(cache, [model], 'fp');
    writeFileSync(model, readFileSync(model, 'utf8').replace('"Voice ID"', '"Voice ID!"'));
    age(model, LONG_AGO + 10);
    const [afterEdit] = cacheKeys(cache, [model], 'fp');
    expect(afterEdit).not.toBe(key);
    expect(afterEdit).toBe(cacheKey(model, 'fp'));
    writeFileSync(paginators, readFileSync(paginators, 'utf8').replace(/\}\s*$/, ' }'));
    age(paginators, LONG_AGO + 10);
    expect(cacheKeys(cache, [model], 'fp')).toEqual([cacheKey(model, 'fp')]);
    expect(cacheKeys(cache, [model], 'fp2')).toEqual([cacheKey(model, 'fp2')]);
    expect(cacheKeys(cache, [model], 'fp', 'links')).toEqual([cacheKey(model, 'fp', 'links')]);
  });

  it('does not trust a file modified around the time the memo was written (the racy case)', () => {
    const [remembered] = cacheKeys(cache, [model], 'fp');
    const before = readFileSync(model);
    const changed = Buffer.from(before.toString('utf8').replace('"version"', '"versioN"'));
    writeFileSync(model, changed); // same size, mtime now: within the racy window of the memo just written
    const t = Date.now() / 1000;
    utimesSync(model, t, t);
    expect(cacheKey(model, 'fp')).not.toBe(remembered);
    expect(cacheKeys(cache, [model], 'fp')).toEqual([cacheKey(model, 'fp')]);
    writeFileSync(model, before);
  });

  it('survives a torn memo file', () => {
    writeFileSync(join(cache, 'keys.json'), '{"writtenAt": 1, "entr');
    expect(cacheKeys(cache, [model], 'fp')).toEqual([cacheKey(model, 'fp')]);
  });
});
