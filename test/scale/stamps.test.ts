/** The "nothing changed" fast path: stamped, untouched output folders are skipped; any touch is noticed. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';

const work = mkdtempSync(join(tmpdir(), 'shapegen-stamps-'));
const out = join(work, 'out');
const cache = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function generate(...extra: string[]): Promise<{ code: number; out: string }> {
  let text = '';
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => ((text += s), true)) as typeof process.stdout.write;
  try {
    return { code: await main(['generate', 'schema/voiceid.yaml', '--out', out, '--cache-dir', cache, ...extra]), out: text };
  } finally {
    process.stdout.write = write;
  }
}

describe('output stamps', () => {
  it('skips a stamped folder that nobody touched', async () => {
    expect((await generate()).out).toMatch(/ written/);
    const again = await generate();
    expect(again.code).toBe(0);
    expect(again.out).toContain('0 written');
    expect(again.out).toContain('1 service(s) already up to date');
  });

  it('notices a hand edit and restores the file', async () => {
    const file = join(out, 'voiceid', 'src', 'types.ts');
    const original = readFileSync(file, 'utf8');
    appendFileSync(file, '// edited\n');
    const r = await generate();
    expect(r.out).toContain('1 written');
    expect(r.out).not.toContain('already up to date');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('notices a deleted file', async () => {
    const file = join(out, 'voiceid', 'docs', 'voiceid_start_speaker_enrollment_job.md');
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    const r = await generate();
    expect(r.out).toContain('1 written');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('is not used by --check, which compares every byte', async () => {
    appendFileSync(join(out, 'voiceid', 'src', 'index.ts'), '// edited\n');
    const check = await main(['generate', 'schema/voiceid.yaml', '--out', out, '--cache-dir', cache, '--check']);
    expect(check).toBe(1);
  });
});
