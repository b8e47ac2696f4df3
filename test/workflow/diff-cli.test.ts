/** `shapegen diff`: the real CLI on Voice ID, `--json`, `--fail-on`, `--base`, and the R page diff. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffDocs, pageEmitters } from '../../generator/diff/docs-diff.js';
import { loadSide } from '../../generator/diff/load.js';
import { diffServices } from '../../generator/diff/model-diff.js';
import { buildReport, renderMarkdown, type DiffReport } from '../../generator/diff/report.js';
import { ensureBuilt, git, runBin, testDocsEmitter, testEmitter, tmp, VOICEID } from './support.js';
import { testSession } from '../support/context.js';

/** Voice ID with a new required input member and a removed enum value. */
function editedVoiceId(dir: string): string {
  const text = readFileSync(VOICEID, 'utf8');
  const withMember = text.replace(
    /(\n  StartSpeakerEnrollmentJobRequest:\n    type: structure\n    members:\n)/,
    '$1      Priority:\n        shape: JobName\n        required: true\n        documentation: <p>How soon to run the job.</p>\n',
  );
  const withoutValue = withMember.replace('      - SKIP\n      - OVERWRITE\n', '      - SKIP\n');
  expect(withoutValue).not.toBe(withMember);
  expect(withMember).not.toBe(text);
  const file = join(dir, 'voiceid.yaml');
  writeFileSync(file, withoutValue);
  return file;
}

beforeAll(() => ensureBuilt());

describe('shapegen diff (CLI)', () => {
  it('reports a new required input member and a removed enum value as breaking; --fail-on breaking exits 1', () => {
    const edited = editedVoiceId(tmp('diff'));
    const r = runBin(['diff', VOICEID, edited, '--fail-on', 'breaking']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const breaking = r.stdout.split('### Breaking changes')[1].split('###')[0];
    expect(breaking).toContain('`StartSpeakerEnrollmentJobRequest.Priority`: added, required');
    expect(breaking).toContain('affects `StartSpeakerEnrollmentJob` input `Priority`');
    expect(breaking).toContain('`ExistingEnrollmentAction`: enum value `OVERWRITE` removed');
    expect(breaking).toContain('`StartSpeakerEnrollmentJob` input `EnrollmentConfig.ExistingEnrollmentAction`');
    expect(r.stdout).toMatch(/\*\*2 breaking\*\*/);
    // (b): the registered R docs emitter's pages, as a unified diff.
    const pages = r.stdout.split('### Generated R reference pages')[1];
    expect(pages).toContain('<code>docs/voiceid_start_speaker_enrollment_job.Rd</code>');
    expect(pages).toContain('+++ b/docs/voiceid_start_speaker_enrollment_job.Rd');
    expect(pages).toMatch(/^\+.*Priority/m);
    expect(pages).toMatch(/^-.*"OVERWRITE"/m);
  });

  it('exits 0 without --fail-on, and with --fail-on when nothing is that severe', () => {
    const edited = editedVoiceId(tmp('diff'));
    expect(runBin(['diff', VOICEID, edited]).code).toBe(0);
    const copy = join(tmp('diff'), 'voiceid.yaml');
    copyFileSync(VOICEID, copy);
    const same = runBin(['diff', VOICEID, copy, '--fail-on', 'dangerous']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No API changes.');
  });

  it('--fail-on dangerous also fails on a dangerous change', () => {
    const file = join(tmp('diff'), 'voiceid.yaml');
    writeFileSync(file, readFileSync(VOICEID, 'utf8').replace('      - SKIP\n      - OVERWRITE\n', '      - SKIP\n      - OVERWRITE\n      - MERGE\n'));
    expect(runBin(['diff', VOICEID, file, '--fail-on', 'breaking']).code).toBe(0);
    const r = runBin(['diff', VOICEID, file, '--fail-on', 'dangerous']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('enum value `MERGE` added');
  });

  it('--json gives the changes and their locations as data', () => {
    const edited = editedVoiceId(tmp('diff'));
    const r = runBin(['diff', VOICEID, edited, '--json']);
    const report = JSON.parse(r.stdout) as DiffReport;
    expect(report.summary).toEqual({ breaking: 2, dangerous: 0, safe: 0 });
    expect(report.changes.map((c) => [c.severity, c.kind, c.subject])).toEqual([
      ['breaking', 'enum-value-removed', 'ExistingEnrollmentAction'],
      ['breaking', 'required-member-added', 'StartSpeakerEnrollmentJobRequest.Priority'],
    ]);
    expect(report.changes[1].locations).toEqual([{ operation: 'StartSpeakerEnrollmentJob', direction: 'input', path: 'Priority' }]);
  });

  it('--base compares a model with its version at a git revision', () => {
    const repo = tmp('git');
    const file = join(repo, 'models', 'voiceid.yaml');
    git(repo, 'init', '-q');
    git(repo, 'checkout', '-q', '-b', 'main');
    mkdirSync(join(repo, 'models'));
    copyFileSync(VOICEID, file);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    copyFileSync(editedVoiceId(tmp('diff')), file);
    const r = runBin(['diff', '--base', 'HEAD', 'models/voiceid.yaml', '--fail-on', 'breaking'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('`HEAD:models/voiceid.yaml` → `models/voiceid.yaml`');
    expect(r.stdout).toContain('**2 breaking**');
    const missing = runBin(['diff', '--base', 'no-such-rev', 'models/voiceid.yaml'], { cwd: repo });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read models\/voiceid\.yaml at no-such-rev/);
  });

  it('exits 2 on usage errors and 1 on an invalid model', () => {
    expect(runBin(['diff', VOICEID]).code).toBe(2);
    expect(runBin(['diff', VOICEID, VOICEID, '--fail-on', 'minor']).code).toBe(2);
    expect(runBin(['diff', '--base', 'HEAD', VOICEID, VOICEID]).code).toBe(2);
    const bad = join(tmp('diff'), 'bad.yaml');
    writeFileSync(bad, 'shapegen: 1\nmetadata: {}\n');
    const r = runBin(['diff', VOICEID, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml/);
  });
});

describe('diff report with R page diffs', () => {
  it('renders the API changes and the unified diff of the pages (golden file)', async () => {
    const old = loadSide(VOICEID, testSession);
    const neu = loadSide(editedVoiceId(tmp('diff')), testSession);
    const docs = diffDocs(old.ctx, neu.ctx, [testDocsEmitter]);
    expect(docs.map((d) => [d.status, d.path])).toEqual([['changed', 'docs/voiceid_start_speaker_enrollment_job.Rd']]);
    expect(docs[0].patch).toContain('+\\item{Priority}{[required] JobName}');
    const report = buildReport('voiceid.yaml (base)', 'voiceid.yaml (pull request)', 'Amazon Voice ID', diffServices(old.ctx, neu.ctx), docs);
    await expect(renderMarkdown(report)).toMatchFileSnapshot('../fixtures/diff-report/voiceid.md');
  });

  it('runs only the emitters that declare pages under docs/, without running any to find out', () => {
    const never = { name: 'never-run', outputs: ['docs/*.Rd'], emit: () => { throw new Error('pageEmitters must not run an emitter'); } };
    const elsewhere = { name: 'elsewhere', outputs: ['src/x.ts', 'docsy/*.Rd'], emit: () => [] };
    expect(pageEmitters([testEmitter, testDocsEmitter, never, elsewhere]).map((e) => e.name)).toEqual([testDocsEmitter.name, 'never-run']);
  });

  it('names documentation edits on one line, and leaves the page section out with --no-docs', () => {
    const file = join(tmp('diff'), 'voiceid.yaml');
    writeFileSync(file, readFileSync(VOICEID, 'utf8').replace('<p>Creates a domain', '<p>Creates a new domain').replace('<p>Associates the fraudsters', '<p>Associates fraudsters'));
    const r = runBin(['diff', '--no-docs', VOICEID, file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### Safe changes (2)\n\n- documentation changed (2): `AssociateFraudster`, `CreateDomain`\n');
    expect(r.stdout).not.toContain('R reference pages');
  });

  it('lists added and removed pages, and cuts page diffs that would make the comment too long', () => {
    const old = loadSide(VOICEID, testSession);
    const file = join(tmp('diff'), 'voiceid.yaml');
    writeFileSync(file, readFileSync(VOICEID, 'utf8').replace(/\n  TagResource:\n/, '\n  TagResources:\n'));
    const neu = loadSide(file, testSession);
    const docs = diffDocs(old.ctx, neu.ctx, [testDocsEmitter]);
    expect(docs.map((d) => [d.status, d.path])).toEqual([
      ['removed', 'docs/voiceid_tag_resource.Rd'],
      ['added', 'docs/voiceid_tag_resources.Rd'],
    ]);
    const huge = docs.map((d) => ({ ...d, patch: d.patch + '+x\n'.repeat(40_000) }));
    const md = renderMarkdown(buildReport('a', 'b', 'Amazon Voice ID', diffServices(old.ctx, neu.ctx), huge));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain('2 more page diff(s) not shown');
    expect(md).toContain('`TagResource`: operation removed');
    expect(md).toContain('`TagResources`: operation added');
  });
});
