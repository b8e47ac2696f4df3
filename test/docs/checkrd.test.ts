/**
 * R's own checkRd (as R CMD check runs it, UTF-8 declared; level -1 and worse count) under webR, R from
 * npm: R 4.3 (the R the published reference was rendered with) must find nothing on our own pages; on the
 * catalog's, it and R 4.6 (the current R, which CRAN checks with) must find nothing but what comes with the
 * reference's byte-identical pages (see referenceProblem). Every Voice ID page, every page of the hostile fixture (%,
 * braces, backslashes, @, odd Unicode, entities, malformed HTML, R keywords as names), and a sample of the
 * catalog that has every model's service page; `npm run conformance:rd` checks all 14,402 catalog pages.
 * R that cannot start is a failure, not a skip.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { writeCatalogRd } from '../../scripts/check-rd.js';
import { checkRd, referenceProblem } from '../../scripts/r/programs.js';
import { sharedR } from '../support/r.js';
import { awsModelFiles } from '../support/shared.js';
import { hostileModel, loadService, voiceIdModel } from './helpers.js';

/** Every operation page whose number in its model is a multiple of this, and every service page. */
const CATALOG_OPERATION_STRIDE = 20;
/** The catalog's pages where R >= 4.3 notes "Escaped LaTeX specials": backslashes in the model's text. */
const WITH_BACKSLASHES = ['opsworks_update_layer.Rd', 'ssm_send_command.Rd'];
/** The catalog's pages where R >= 4.4 notes "Lost braces" at roxygen's `\\verb{...\\}`: backquotes in the model's text. */
const WITH_BACKQUOTES = ['codestarconnections_create_host.Rd'];

describe('checkRd (webR)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-checkrd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function writeRd(model: string, sub: string): string[] {
    const files: string[] = [];
    for (const f of emitDocs(loadService(model))) {
      if (!f.path.endsWith('.Rd')) continue;
      const path = join(dir, `${sub}-${f.path.replace(/^docs\//, '')}`);
      writeFileSync(path, f.contents);
      files.push(path);
    }
    return files;
  }
  const ownPages = () => [...writeRd(voiceIdModel, 'voiceid'), ...writeRd(hostileModel, 'hostile')];
  const servicePages = (files: readonly string[]) => files.filter((f) => /^(voiceid|hostile)-[a-z0-9]+\.Rd$/.test(basename(f)));

  it('R 4.3 finds nothing on every Voice ID page and every page of the hostile fixture', async () => {
    const r = await sharedR('4.3');
    const files = ownPages();
    const result = await checkRd(r, files);
    console.log(`checkRd, ${r.description}: ${result.pages} pages, ${result.problems.length} problems`);
    expect(result.pages).toBe(files.length);
    expect(result.pages).toBeGreaterThanOrEqual(42);
    expect(result.problems).toEqual([]);
  });

  it('R 4.6 finds only the reference\'s own "Lost braces" (10 per service page, 1 per backquoted span) on the same pages', async () => {
    const r = await sharedR('4.6');
    const files = ownPages();
    const result = await checkRd(r, files);
    console.log(`checkRd, ${r.description}: ${result.pages} pages, ${result.problems.length} problems, all the reference's "Lost braces"`);
    expect(result.pages).toBe(files.length);
    const lost = result.problems.filter((p) => referenceProblem(p) === 'lost-braces');
    const verb = result.problems.filter((p) => referenceProblem(p) === 'verb-text');
    expect(lost.length + verb.length).toBe(result.problems.length);
    const services = servicePages(files);
    expect(services.length).toBe(2);
    expect(new Set(lost.map((p) => p.file))).toEqual(new Set(services));
    expect(lost.length).toBe(10 * services.length);
    // The hostile OpBackquotes page: five pairs of backquotes (and one alone, which is no brace group).
    expect(verb.map((p) => basename(p.file))).toEqual(Array(5).fill('hostile-hostile_op_backquotes.Rd'));
  });

  let catalog: { models: number; files: string[]; services: string[] } | undefined;
  /** The catalog's sample pages, written once for both R versions. */
  const catalogSample = () => {
    if (!catalog) {
      const models = awsModelFiles();
      const pick = (page: string, n: number) => !page.includes('_') || n % CATALOG_OPERATION_STRIDE === 0 || WITH_BACKSLASHES.includes(page) || WITH_BACKQUOTES.includes(page);
      const files = writeCatalogRd(join(dir, 'catalog'), models, pick);
      catalog = { models: models.length, files, services: files.filter((f) => !basename(f).includes('_')) };
    }
    return catalog;
  };

  // Concurrent: the two R sessions run side by side (each in its own worker thread of the main process).
  it.concurrent.for(['4.3', '4.6'] as const)('R %s finds nothing but the reference\'s own problems on every service page of the catalog and a sample of its operation pages (all 361 models give their docs)', { timeout: 900_000 }, async (version, { expect }) => {
    const r = await sharedR(version);
    const { models, files, services } = catalogSample();
    const result = await checkRd(r, files);
    const kind = (k: ReturnType<typeof referenceProblem>) => result.problems.filter((p) => referenceProblem(p) === k);
    console.log(
      `checkRd over the catalog, ${r.description}: ${models} models, ${result.pages} pages (${services.length} service pages), ${result.problems.length} problems: ` +
        `${kind('lost-braces').length} the reference's "Lost braces" of the config list, ${kind('verb-text').length} of backquotes, ${kind('escaped-latex').length} its "Escaped LaTeX specials"`,
    );
    expect(models).toBe(361);
    expect(services.length).toBe(361);
    expect(result.pages).toBe(files.length);
    expect(result.pages).toBeGreaterThan(1_000);
    expect(kind(undefined).slice(0, 20)).toEqual([]);
    expect(new Set(kind('escaped-latex').map((p) => basename(p.file)))).toEqual(new Set(WITH_BACKSLASHES));
    // R 4.4 and later: 10 on every service page, 1 per backquoted span (2 on the one page); R 4.3: none.
    expect(kind('lost-braces').length).toBe(version === '4.3' ? 0 : 10 * services.length);
    if (version !== '4.3') expect(new Set(kind('lost-braces').map((p) => p.file))).toEqual(new Set(services));
    expect(kind('verb-text').map((p) => basename(p.file))).toEqual(version === '4.3' ? [] : [...WITH_BACKQUOTES, ...WITH_BACKQUOTES]);
  });

  it('reports a corrupted page (an unknown macro; an unclosed brace; an escaped underscore; braces lost in text, R 4.6) under both R versions', async () => {
    const good = join(dir, 'voiceid-voiceid_create_domain.Rd');
    writeFileSync(good, emitDocs(loadService(voiceIdModel)).find((f) => f.path === 'docs/voiceid_create_domain.Rd')!.contents);
    const text = readFileSync(good, 'utf8');
    const corrupt = (name: string, changed: string) => {
      expect(changed).not.toBe(text);
      writeFileSync(join(dir, name), changed);
      return join(dir, name);
    };
    const macro = corrupt('corrupt-macro.Rd', text.replace('\\description{\n', '\\description{\n\\unknownmacro{x} '));
    const brace = corrupt('corrupt-brace.Rd', text.replace(/\}\n$/, '\n'));
    const underscore = corrupt('corrupt-underscore.Rd', text.replace('\\description{\n', '\\description{\nsnake\\_case '));
    const lost = corrupt('corrupt-lost.Rd', text.replace('\\description{\n', '\\description{\nbare {braces} '));
    for (const version of ['4.3', '4.6'] as const) {
      const result = await checkRd(await sharedR(version), [good, macro, brace, underscore, lost]);
      const on = (file: string) => result.problems.filter((p) => p.file === file);
      expect(on(good)).toEqual([]);
      expect(on(macro).map((p) => p.message).join('\n')).toMatch(/unknownmacro/);
      expect(on(brace).length).toBeGreaterThan(0);
      expect(on(underscore).map((p) => p.message).join('\n')).toMatch(/Escaped LaTeX specials: \\_/);
      if (version === '4.6') expect(on(lost).map((p) => p.message).join('\n')).toMatch(/Lost braces/);
      // None of them passes for one of the reference's own problems.
      expect(result.problems.filter((p) => referenceProblem(p) !== undefined)).toEqual([]);
    }
  });
});
