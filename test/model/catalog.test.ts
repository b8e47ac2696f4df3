/** Every model of the AWS catalog imports, validates with no error and round-trips without loss. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../scripts/conformance.js';
import { awsModelFiles } from '../support/shared.js';
import { testSession } from '../support/context.js';

describe('AWS catalog conformance', () => {
  it('imports, validates and round-trips all 361 models', () => {
    const files = awsModelFiles();
    const failures: string[] = [];
    let valid = 0;
    let roundTrips = 0;
    for (const file of files) {
      const r = checkModel(file, testSession);
      if (r.errors.length === 0) valid++;
      else failures.push(`${basename(file)}: ${r.errors[0]}`);
      if (r.roundTrip) roundTrips++;
      else failures.push(`${basename(file)}: round trip differs`);
    }
    console.log(`catalog: ${files.length} models, valid ${valid}/${files.length}, round trip ${roundTrips}/${files.length}`);
    expect(failures).toEqual([]);
    expect(files.length).toBe(361);
  }, 600_000);
});
