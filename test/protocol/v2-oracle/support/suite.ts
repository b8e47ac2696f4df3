/**
 * One protocol's oracle suite: every operation of each listed service through the oracle, a summary
 * printed per service, a failure listing each difference no exception explains, and the count of
 * operations checked held at the number reached.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsModelsDir, requireShared } from '../../../support/shared.js';
import { EXCEPTIONS } from '../exceptions.js';
import type { ProtocolHarness } from './protocols/types.js';
import { exceptionUse, summary, totals, unexplainedReport } from './report.js';
import { ServiceOracle, type RunOptions, type ServiceResult } from './runner.js';

export interface SuiteSpec {
  readonly harness: ProtocolHarness;
  /** Model files (base names in the catalog), one per service. */
  readonly models: readonly string[];
  /** Operations checked when the suite was last extended: the count may only go up. */
  readonly minChecked: number;
  readonly options: RunOptions;
}

export function oracleSuite(spec: SuiteSpec): void {
  describe(`AWS SDK v2 as an oracle: ${spec.harness.name}`, () => {
    it(`${spec.models.length} services, every operation: requests, responses and errors equal v2's`, async () => {
      requireShared('models', 'aws-sdk-js-2.1386.0');
      const results: ServiceResult[] = [];
      for (const model of spec.models) {
        const oracle = new ServiceOracle(join(awsModelsDir, model), spec.harness, spec.options);
        results.push(await oracle.run(EXCEPTIONS));
      }
      console.log(summary(spec.harness.name, results));
      const use = exceptionUse(EXCEPTIONS, results);
      const used = EXCEPTIONS.filter((e) => (e.protocol === undefined || e.protocol === spec.harness.name) && (use.get(e.id) ?? 0) > 0);
      if (used.length > 0) console.log(`known differences: ${used.map((e) => `${e.id} (${use.get(e.id)})`).join(', ')}`);
      const t = totals(results);
      expect(unexplainedReport(results), 'differences no exception explains').toBe('');
      // A fixed bug leaves its entry explaining nothing: remove it (with its FINDINGS.md entry).
      const stale = EXCEPTIONS.filter((e) => e.kind === 'shapegen-bug' && e.protocol === spec.harness.name && use.get(e.id) === 0);
      expect(stale.map((e) => e.id), 'shapegen-bug exceptions that no longer match anything').toEqual([]);
      expect(t.checked).toBe(t.operations);
      expect(t.checked).toBeGreaterThanOrEqual(spec.minChecked);
    });
  });
}
