/**
 * `generate --watch`, in process: a model edit regenerates only what changed, an invalid model is reported
 * and leaves the output alone, the fix regenerates, a template change regenerates, bursts are debounced.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsEmitter } from '../../generator/emit/docs/index.js';
import { templatesDir } from '../../generator/paths.js';
import { modelInputs, startWatch, type WatchEvent, type Watcher } from '../../generator/watch/watcher.js';
import { registerTestEmitter, tmp, tree, VOICEID } from './support.js';

const EVENT_TIMEOUT = 60_000;

class EventLog {
  readonly events: WatchEvent[] = [];
  private waiters: { kind: WatchEvent['kind']; resolve: (e: WatchEvent) => void }[] = [];
  push = (e: WatchEvent): void => {
    this.events.push(e);
    const ready = this.waiters.filter((w) => w.kind === e.kind);
    this.waiters = this.waiters.filter((w) => w.kind !== e.kind);
    for (const w of ready) w.resolve(e);
  };
  count(kind: WatchEvent['kind']): number {
    return this.events.filter((e) => e.kind === kind).length;
  }
  /** The first event of `kind` from the `from`-th event on (default: the next one to arrive). */
  next<K extends WatchEvent['kind']>(kind: K, from = this.events.length): Promise<Extract<WatchEvent, { kind: K }>> {
    const seen = this.events.slice(from).find((x) => x.kind === kind);
    if (seen) return Promise.resolve(seen as Extract<WatchEvent, { kind: K }>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${kind} event within ${EVENT_TIMEOUT} ms`)), EVENT_TIMEOUT);
      this.waiters.push({ kind, resolve: (e) => { clearTimeout(timer); resolve(e as Extract<WatchEvent, { kind: K }>); } });
    });
  }
}

describe('generate --watch', () => {
  const dir = tmp('watch');
  const model = join(dir, 'voiceid.yaml');
  const templates = join(dir, 'templates');
  const out = join(dir, 'generated');
  const log = new EventLog();
  let watcher: Watcher;
  const original = readFileSync(VOICEID, 'utf8');

  beforeAll(async () => {
    registerTestEmitter();
    copyFileSync(VOICEID, model);
    mkdirSync(templates);
    writeFileSync(join(templates, 'page.hbs'), '{{name}}\n');
    const first = log.next('generated', 0);
    watcher = startWatch({ models: [model], out, templates: [templates], debounceMs: 150, onEvent: log.push });
    await watcher.ready;
    await first;
  });
  afterAll(async () => watcher?.close());

  it('generates once at start', () => {
    expect(log.count('generated')).toBe(1);
    const files = tree(out);
    expect(files.get('voiceid/workflow-test/voiceid_start_speaker_enrollment_job.Rd')).toContain('\\name{voiceid_start_speaker_enrollment_job}');
  });

  it('regenerates after a model edit, rewriting only the files that changed', async () => {
    const page = 'voiceid/workflow-test/voiceid_start_speaker_enrollment_job.Rd';
    const untouched = 'voiceid/workflow-test/voiceid_create_domain.Rd';
    const inode = statSync(join(out, untouched)).ino;
    const next = log.next('generated');
    writeFileSync(model, original.replace(/(\n  StartSpeakerEnrollmentJobRequest:\n    type: structure\n    members:\n)/, '$1      Note:\n        shape: JobName\n'));
    const e = await next;
    expect(e.report.written).toContain(page);
    expect(e.report.written).not.toContain(untouched);
    expect(e.report.unchanged).toContain(untouched);
    expect(statSync(join(out, untouched)).ino).toBe(inode);
    expect(readFileSync(join(out, page), 'utf8')).toContain('\\item{Note}{JobName}');
  });

  it('reports an invalid model without exiting, keeps the output, and recovers when it is fixed', async () => {
    const before = tree(out);
    const error = log.next('error');
    writeFileSync(model, original.replace('input: CreateDomainRequest', 'input: NoSuchShape'));
    const e = await error;
    expect(e.problems.map((p) => p.code)).toContain('unknown-shape');
    expect(e.problems[0].file).toBe(model);
    expect(tree(out)).toEqual(before);
    const fixed = log.next('generated');
    writeFileSync(model, original);
    const g = await fixed;
    expect(g.report.written).toContain('voiceid/workflow-test/voiceid_start_speaker_enrollment_job.Rd');
    expect(readFileSync(join(out, 'voiceid/workflow-test/voiceid_start_speaker_enrollment_job.Rd'), 'utf8')).not.toContain('Note');
  });

  it('regenerates when a template changes, and reports which file changed', async () => {
    const from = log.events.length;
    const generated = log.next('generated', from);
    writeFileSync(join(templates, 'page.hbs'), '{{name}} (new)\n');
    const g = await generated;
    const change = log.events.slice(from).find((x) => x.kind === 'change');
    expect(change).toEqual({ kind: 'change', paths: [join(templates, 'page.hbs')] });
    expect(g.report.written).toEqual([]);
  });

  it('debounces a burst of edits into one run', async () => {
    const runs = log.count('generated') + log.count('error');
    const from = log.events.length;
    for (let i = 0; i < 5; i++) writeFileSync(model, `${original}# edit ${i}\n`);
    await log.next('generated', from);
    await watcher.idle();
    await new Promise((r) => setTimeout(r, 400));
    expect(log.count('generated') + log.count('error')).toBe(runs + 1);
  });
});

describe('generate --watch and the docs templates', () => {
  const dir = tmp('watch-templates');
  const templates = join(dir, 'templates');
  const out = join(dir, 'generated');
  const page = join(out, 'voiceid', 'docs', 'voiceid_create_domain.md');
  const log = new EventLog();
  let watcher: Watcher | undefined;
  afterAll(async () => watcher?.close());

  it('renders an edited template at the next run, without a restart', async () => {
    cpSync(join(templatesDir, 'docs'), join(templates, 'docs'), { recursive: true });
    const first = log.next('generated', 0);
    watcher = startWatch({ models: [VOICEID], out, templates: [templates], options: { templatesDir: templates }, emitters: [docsEmitter], debounceMs: 100, onEvent: log.push });
    await watcher.ready;
    await first;
    expect(readFileSync(page, 'utf8')).not.toContain('EDITED TEMPLATE');
    const next = log.next('generated');
    const template = join(templates, 'docs', 'operation.md.hbs');
    writeFileSync(template, readFileSync(template, 'utf8') + 'EDITED TEMPLATE\n');
    const g = await next;
    expect(g.report.written).toContain('voiceid/docs/voiceid_create_domain.md');
    expect(readFileSync(page, 'utf8')).toContain('EDITED TEMPLATE');
  });
});

describe('watched inputs', () => {
  it('include an AWS JSON model\'s examples and paginators', () => {
    expect(modelInputs('/m/kms-2014-11-01.normal.json')).toEqual([
      '/m/kms-2014-11-01.normal.json',
      '/m/kms-2014-11-01.examples.json',
      '/m/kms-2014-11-01.paginators.json',
    ]);
    expect(modelInputs('/m/voiceid.yaml')).toEqual(['/m/voiceid.yaml']);
  });
});

describe('generate --watch --links', () => {
  const dir = tmp('watch-links');
  const links = join(dir, 'links.json');
  const out = join(dir, 'generated');
  const page = join(out, 'voiceid', 'docs', 'voiceid_start_speaker_enrollment_job.md');
  const url = 'https://docs.aws.amazon.com/connect/latest/adminguide/voiceid-batch-enrollment.html';
  const map = (entry: object) => JSON.stringify({ description: 'test', links: { [url]: entry } }, null, 1) + '\n';
  const log = new EventLog();
  let watcher: Watcher | undefined;
  afterAll(async () => watcher?.close());

  it('applies the map, applies an edit of it at the next run, and keeps the output when it does not read', async () => {
    writeFileSync(links, map({ status: 'moved', location: 'https://example.com/first.html' }));
    const first = log.next('generated', 0);
    watcher = startWatch({ models: [VOICEID], out, links, emitters: [docsEmitter], debounceMs: 100, onEvent: log.push });
    await watcher.ready;
    await first;
    expect(readFileSync(page, 'utf8')).toContain('https://example.com/first.html');
    expect(readFileSync(page, 'utf8')).not.toContain(url);

    const moved = log.next('generated');
    writeFileSync(links, map({ status: 'moved', location: 'https://example.com/second.html' }));
    expect((await moved).report.written).toContain('voiceid/docs/voiceid_start_speaker_enrollment_job.md');
    expect(readFileSync(page, 'utf8')).toContain('https://example.com/second.html');

    const before = readFileSync(page, 'utf8');
    const error = log.next('error');
    writeFileSync(links, '{"links": ');
    expect((await error).message).toContain(links);
    expect(readFileSync(page, 'utf8')).toBe(before);

    const fixed = log.next('generated');
    writeFileSync(links, map({ status: 'dead' }));
    await fixed;
    expect(readFileSync(page, 'utf8')).not.toContain('https://example.com/');
    expect(readFileSync(page, 'utf8')).not.toContain(url);
  });
});
