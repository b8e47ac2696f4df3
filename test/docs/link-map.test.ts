/** `generate --links`: the link map applied to the pages (the reader is the links module's), and through the workers. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import type { LinkMap } from '../../generator/links/types.js';
import { contextOf } from '../../generator/pipeline.js';
import { generate } from '../../generator/scale/generate.js';
import { loadService, toMap, voiceIdModel } from './helpers.js';

const RETRIES = 'https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/';
const WATCHLIST = 'https://docs.aws.amazon.com/connect/latest/adminguide/voiceid-fraudster-watchlist.html';
const MOVED = 'https://aws.amazon.com/builders-library/making-retries-safe/';

const map: LinkMap = { description: '', links: new Map([[RETRIES, { status: 'moved', location: MOVED }], [WATCHLIST, { status: 'dead' }]]) };
const withLinks = (links: LinkMap) => contextOf(loadService(voiceIdModel).ir, undefined, { links });

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shapegen-links-')), name);
  writeFileSync(path, text);
  return path;
}

describe('applying a link map to the docs', () => {
  const plain = toMap(emitDocs(loadService(voiceIdModel)));
  const linked = toMap(emitDocs(withLinks(map)));

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
    expect(toMap(emitDocs(withLinks({ description: '', links: new Map() })))).toEqual(plain);
  });
});

describe('the link map in a generation run', () => {
  it('reaches the docs through the worker pool', async () => {
    const copy = tempFile('voiceid.yaml', readFileSync(voiceIdModel, 'utf8'));
    const result = await generate({ models: [voiceIdModel, copy], jobs: 2, options: { links: map } });
    const page = result.files.find((f) => f.path === 'voiceid/docs/voiceid_start_speaker_enrollment_job.Rd')!;
    expect(page.contents).toContain(`\\href{${MOVED}}`);
  });
});
