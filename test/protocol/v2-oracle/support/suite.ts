/**
 * One protocol's oracle suite: a test per service (every operation through the oracle; it fails listing
 * each difference no exception explains), then a summary test that prints operations checked / differing
 * per service and holds the count checked at the number reached.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PatternCache } from '../../../validators/arbitrary.js';
import { awsModelsDir, requireShared } from '../../../support/shared.js';
import { EXCEPTIONS } from '../exceptions.js';
import type { ProtocolHarness } from './protocols/types.js';
import { exceptionUse, summary, totals, unexplainedReport } from './report.js';
import { ServiceOracle, type RunOptions, type ServiceResult } from './runner.js';

export interface SuiteSpec {
  readonly harness: ProtocolHarness;
  /** Model files of the catalog without `.normal.json`, one per service. */
  readonly models: readonly string[];
  /** Operations checked when the suite was last extended: the count may only go up. */
  readonly minChecked: number;
  readonly options: RunOptions;
}

/** `SHAPEGEN_ORACLE_ONLY=kms-2014-11-01,...` runs only those models (when working on one service). */
function selected(models: readonly string[]): readonly string[] {
  const only = process.env.SHAPEGEN_ORACLE_ONLY?.split(',').filter((m) => m !== '');
  return only && only.length > 0 ? models.filter((m) => only.includes(m)) : models;
}

export function oracleSuite(spec: SuiteSpec): void {
  const models = selected(spec.models);
  const results: ServiceResult[] = [];
  // Patterns repeat across services; fast-check is slow to build some, so they are built once per file.
  const patternCache: PatternCache = new Map();
  const options: RunOptions = { ...spec.options, arbitraries: { ...spec.options.arbitraries, patternCache } };

  describe(`AWS SDK v2 as an oracle: ${spec.harness.name}`, () => {
    for (const model of models) {
      it(`${model}: every operation's requests, responses and errors equal v2's`, async () => {
        requireShared('models', 'aws-sdk-js-2.1386.0');
        const start = performance.now();
        const cpu = process.cpuUsage();
        const result = await new ServiceOracle(join(awsModelsDir, `${model}.normal.json`), spec.harness, options).run(EXCEPTIONS);
        results.push(result);
        if (process.env.SHAPEGEN_ORACLE_PROGRESS) {
          const used = process.cpuUsage(cpu);
          process.stderr.write(`${model}: ${Math.round(performance.now() - start)} ms, cpu ${Math.round((used.user + used.system) / 1000)} ms\n`);
        }
        expect(unexplainedReport([result], Number(process.env.SHAPEGEN_ORACLE_MAX ?? 40)), 'differences no exception explains').toBe('');
        const t = totals([result]);
        expect(t.checked, 'operations checked').toBe(t.operations);
      });
    }

    it('summary: operations checked per service, known differences, the count reached', () => {
      console.log(summary(spec.harness.name, results));
      const use = exceptionUse(EXCEPTIONS, results);
      const used = EXCEPTIONS.filter((e) => (use.get(e.id) ?? 0) > 0);
      console.log(`known differences: ${used.map((e) => `${e.id} (${use.get(e.id)})`).join(', ') || 'none'}`);
      expect(results.length, 'every service ran').toBe(models.length);
      if (models.length < spec.models.length) return;
      // A fixed bug leaves its entry explaining nothing: remove it, with its FINDINGS.md entry.
      const stale = EXCEPTIONS.filter((e) => e.kind === 'shapegen-bug' && e.protocol === spec.harness.name && use.get(e.id) === 0);
      expect(stale.map((e) => e.id), 'shapegen-bug exceptions that no longer explain anything').toEqual([]);
      expect(totals(results).checked).toBeGreaterThanOrEqual(spec.minChecked);
    });
  });
}
