/**
 * Model conformance over the AWS catalog: every model imports and validates with no error, and the round
 * trip holds: JSON -> YAML -> JSON gives the original model back, and re-importing that JSON gives the same
 * YAML bytes. Prints the counts; exits 1 on any failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { exportAwsModel, importAwsModel } from '../generator/importer/from-aws.js';
import { modelToYaml } from '../generator/importer/to-yaml.js';
import { awsSidecars, loadModelText } from '../generator/load/load-model.js';
import { awsModelsDir } from '../generator/paths.js';
import { GeneratorSession } from '../generator/context/session.js';
import { formatError } from '../generator/validate/errors.js';

export interface ConformanceResult {
  readonly file: string;
  readonly errors: string[];
  readonly warnings: number;
  readonly roundTrip: boolean;
}

export function checkModel(file: string, session: GeneratorSession): ConformanceResult {
  const aws = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const sidecars = awsSidecars(file);
  const model = importAwsModel(aws, sidecars);
  const yaml = modelToYaml(model, basename(file));
  const loaded = loadModelText(basename(file).replace(/\.normal\.json$/, '.yaml'), yaml, session);
  const errors = loaded.problems.filter((p) => p.severity === 'error').map(formatError);
  const back = exportAwsModel(parse(yaml) as typeof model);
  const again = modelToYaml(importAwsModel(back.model, back.sidecars), basename(file));
  const roundTrip = isDeepStrictEqual(back.model, aws) && isDeepStrictEqual(back.sidecars, sidecars) && again === yaml;
  return { file, errors, warnings: loaded.problems.length - errors.length, roundTrip };
}

export function catalogFiles(dir = awsModelsDir): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(dir, f));
}

function main(): void {
  const files = catalogFiles();
  const session = new GeneratorSession();
  let valid = 0;
  let roundTrips = 0;
  let warnings = 0;
  for (const file of files) {
    const r = checkModel(file, session);
    warnings += r.warnings;
    if (r.errors.length === 0) valid++;
    else console.log(`${basename(file)}: ${r.errors.length} error(s)\n  ${r.errors.slice(0, 5).join('\n  ')}`);
    if (r.roundTrip) roundTrips++;
    else console.log(`${basename(file)}: round trip differs`);
  }
  console.log(`models: ${files.length}; imported and valid: ${valid}/${files.length}; round trip: ${roundTrips}/${files.length}; warnings (patterns, duplicate error references): ${warnings}`);
  if (valid !== files.length || roundTrips !== files.length || files.length === 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main();
