/**
 * R's own checkRd (as R CMD check runs it, UTF-8 declared; level -1 and worse count) on every Voice ID
 * page and on the hostile fixture (%, braces, backslashes, @, odd Unicode, entities, malformed HTML,
 * R keywords as names). A missing R is a failure, not a skip.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { checkRdFiles, findRscript, writeCatalogRd } from '../../scripts/check-rd.js';
import { awsModelFiles } from '../support/shared.js';
import { hostileModel, loadService, voiceIdModel } from './helpers.js';

describe('checkRd', () => {
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

  it('finds R', () => {
    expect(findRscript()).toMatch(/Rscript$/);
  });

  it('passes on every Voice ID page and every page of the hostile fixture', () => {
    const files = [...writeRd(voiceIdModel, 'voiceid'), ...writeRd(hostileModel, 'hostile')];
    const result = checkRdFiles(files, dir);
    console.log(`checkRd: ${result.pages} pages, ${result.problems.length} problems`);
    expect(result.pages).toBe(files.length);
    expect(result.pages).toBeGreaterThanOrEqual(42);
    expect(result.problems).toEqual([]);
  });

  it('passes on every Rd page of every catalog model (the docs of all 361 models generate without a crash)', () => {
    const models = awsModelFiles();
    const catalogDir = join(dir, 'catalog');
    const files = writeCatalogRd(catalogDir, models);
    const result = checkRdFiles(files, dir);
    console.log(`checkRd over the catalog: ${models.length} models, ${result.pages} pages, ${result.problems.length} problems`);
    expect(models.length).toBe(361);
    expect(result.pages).toBe(files.length);
    expect(result.pages).toBeGreaterThan(14_000);
    expect(result.problems.slice(0, 20)).toEqual([]);
  }, 900_000);

  it('reports problems when there are some (the check can fail)', () => {
    const bad = join(dir, 'bad.Rd');
    writeFileSync(bad, '\\name{x}\n\\alias{x}\n\\title{T}\n\\description{\\unknownmacro{x} \\item{y}{z}\n}\n');
    const result = checkRdFiles([bad], dir);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
