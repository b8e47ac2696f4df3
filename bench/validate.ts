/**
 * Validations per second of the seed input (StartSpeakerEnrollmentJobRequest): shapegen's generated
 * validator vs the AWS SDK for JavaScript v2 `ParamValidator` (loaded with the Voice ID normal model) vs
 * ajv with its default options compiled (at run time) from the same JSON Schema. The contenders run in
 * rotation, several rounds; rates are medians over rounds, and each ratio is the median of the per-round
 * ratios (contenders measured moments apart), which is steadier on a loaded machine. Targets: >= 10x v2,
 * >= 2x default ajv.
 *
 * v2 is measured twice: with every check it has turned on (min, max, pattern, enum: the same checks ours
 * makes; the target applies to this one) and with its default options (min only), for reference.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { validatorsEmitter } from '../generator/emit/ts/validators/emitter.js';
import { serviceSchema } from '../generator/emit/ts/validators/json-schema.js';
import { addKeywords } from '../generator/emit/ts/validators/keywords.js';
import { runtimeFilesEmitter } from '../generator/emit/ts/runtime-files/index.js';
import { awsModelsDir, schemaDir } from '../generator/paths.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';
import { importGenerated, SEED_INPUT } from './serialize.js';
import { fmt, median, rate, targetLine } from './stats.js';

const ROUNDS = 11;
const ROUND_MS = 200;
const ROOT = 'StartSpeakerEnrollmentJobRequest';

interface V2Validator {
  validate(shape: unknown, params: unknown): boolean;
}

function v2Validators(): { full: () => unknown; defaults: () => unknown } {
  const require = createRequire(import.meta.url);
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1'; // v2's notice would land in the figures
  const AWS = require('aws-sdk/lib/core') as {
    Model: { Api: new (model: unknown) => { operations: Record<string, { input: unknown }> } };
    ParamValidator: new (options: unknown) => V2Validator;
  };
  const model = JSON.parse(readFileSync(join(awsModelsDir, 'voice-id-2021-09-27.normal.json'), 'utf8')) as unknown;
  const rules = new AWS.Model.Api(model).operations.startSpeakerEnrollmentJob.input;
  const full = new AWS.ParamValidator({ min: true, max: true, pattern: true, enum: true });
  const defaults = new AWS.ParamValidator(true);
  return { full: () => full.validate(rules, SEED_INPUT), defaults: () => defaults.validate(rules, SEED_INPUT) };
}

/** Every contender's rate in every round; the contenders run in rotation, so load changes hit all alike. */
function measure(contenders: Record<string, () => unknown>): Record<string, number[]> {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(contenders)) {
    samples[name] = [];
    rate(contenders[name], 100); // warm up
  }
  for (let r = 0; r < ROUNDS; r++) for (const [name, fn] of Object.entries(contenders)) samples[name].push(rate(fn, ROUND_MS));
  return samples;
}

/** Median and range of the per-round ratios a/b. */
function ratio(a: readonly number[], b: readonly number[]): { median: number; low: number; high: number } {
  const r = a.map((x, i) => x / b[i]);
  return { median: median(r), low: Math.min(...r), high: Math.max(...r) };
}

export async function run(): Promise<void> {
  const { service } = loadAndResolve(join(schemaDir, 'voiceid.yaml'), new GeneratorSession());
  if (!service) throw new Error('bench validate: cannot load schema/voiceid.yaml');
  const ctx = contextOf(service);
  const files = [...validatorsEmitter.emit(ctx), ...runtimeFilesEmitter.emit(ctx)];
  const generated = (await importGenerated(files, 'src/validators.ts')) as Record<string, (input: unknown) => unknown[]>;
  const ours = generated[`validate${ROOT}`];

  const ajv = addKeywords(new Ajv()); // default options; our keywords only define vocabulary the schema uses
  ajv.addSchema(serviceSchema(ctx.index, { codePointKeywords: false }).schema);
  const ajvDefault = ajv.getSchema(`shapegen#/$defs/${ROOT}`)!;
  const v2 = v2Validators();

  // All must agree the seed input is valid, or the race means nothing.
  if (ours(SEED_INPUT).length !== 0 || ajvDefault(SEED_INPUT) !== true || v2.full() !== true) {
    throw new Error(`bench validate: the seed input is not valid for every contender: ${JSON.stringify(ours(SEED_INPUT))}`);
  }
  const samples = measure({
    shapegen: () => ours(SEED_INPUT),
    'v2 ParamValidator (all checks)': v2.full,
    'v2 ParamValidator (default options)': v2.defaults,
    'ajv default options': () => ajvDefault(SEED_INPUT),
  });
  console.log(`validations per second of the seed input (${ROOT}), medians of ${ROUNDS} rounds of ${ROUND_MS} ms:`);
  for (const [name, values] of Object.entries(samples)) {
    const r = ratio(samples.shapegen, values);
    const note = name === 'shapegen' ? '' : `  shapegen is ${fmt(r.median)}x (rounds: ${fmt(r.low)}x to ${fmt(r.high)}x)`;
    console.log(`  ${name.padEnd(38)} ${Math.round(median(values)).toLocaleString('en-US').padStart(12)}${note}`);
  }
  const v2Ratio = ratio(samples.shapegen, samples['v2 ParamValidator (all checks)']).median;
  const ajvRatio = ratio(samples.shapegen, samples['ajv default options']).median;
  console.log(targetLine('shapegen / v2 ParamValidator (same checks)', v2Ratio, 'x', 10, 'higher'));
  console.log(targetLine('shapegen / ajv default options', ajvRatio, 'x', 2, 'higher'));
  const v2Default = ratio(samples.shapegen, samples['v2 ParamValidator (default options)']).median;
  console.log(`  for reference, shapegen / v2 with its default options (min only, no max/pattern/enum): ${fmt(v2Default)}x`);
}
