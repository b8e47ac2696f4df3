/** The CLI's contract: exit codes 0 / 1 / 2, --help everywhere, import writes a YAML that validates. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireShared } from '../support/shared.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shapegen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

describe('shapegen CLI', () => {
  it('validates the embedded Voice ID model', async () => {
    const r = await run(['validate', 'schema/voiceid.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid');
  });

  it('exits 1 with file:line:column for an invalid model', async () => {
    const r = await run(['validate', 'test/fixtures/invalid/unknown-input-shape/model.yaml']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/model\.yaml:13:12: error unknown-shape: /);
  });

  it('returns the exit status and leaves the process\'s own alone (only bin/ sets it)', async () => {
    expect(process.exitCode).toBeUndefined();
    const bad = await run(['validate', join(dir, 'missing.yaml')]);
    expect(bad.code).toBe(1);
    expect((await run(['generate', '--check', '--watch'])).code).toBe(2);
    expect(process.exitCode).toBeUndefined();
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['generate', '--no-such-flag'])).code).toBe(2);
  });

  it.each(['validate', 'import', 'generate'])('has --help for %s', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: shapegen ' + cmd);
  });

  it('imports an AWS model to YAML identical to the committed Voice ID model', async () => {
    const source = requireShared('models', 'aws-sdk-js-2.1386.0', 'voice-id-2021-09-27.normal.json');
    const target = join(dir, 'voiceid.yaml');
    const r = await run(['import', source, '-o', target]);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync('schema/voiceid.yaml', 'utf8'));
    expect((await run(['validate', target])).code).toBe(0);
  });
});
