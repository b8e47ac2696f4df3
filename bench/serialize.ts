/**
 * Serializations per second of the seed input (StartSpeakerEnrollmentJob): shapegen's generated
 * serializer vs the AWS SDK for JavaScript v3 client's serializer (its protocol's `serializeRequest`, the
 * step its serialize middleware runs) vs a bare `JSON.stringify` of the same input. Medians of several
 * runs, ratios against the targets (>= 3x v3, >= 0.5x JSON.stringify).
 *
 * shapegen's body is built by concatenation, a V8 rope that is flattened when it is sent; a fourth figure
 * includes that flattening (Buffer.byteLength of the body) so the comparison with the flat string
 * JSON.stringify returns can be read both ways.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { GeneratedFile } from '../generator/emit/types.js';
import { protocolEmitter } from '../generator/emit/ts/protocol/index.js';
import { runtimeFilesEmitter } from '../generator/emit/ts/runtime-files/index.js';
import type { IRService } from '../generator/ir/types.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';
import { projectRoot, schemaDir } from '../generator/paths.js';
import { runProtocols } from './protocols/compare.js';
import { median, rate, rateAsync } from './stats.js';

/** The seed request, every member set, as the reference page's request syntax lists them. */
export const SEED_INPUT = {
  ClientToken: '2f1e4c6a-7b3d-4e2f-9a1b-0c8d7e6f5a4b',
  DataAccessRoleArn: 'arn:aws:iam::123456789012:role/VoiceIdDataAccess',
  DomainId: 'UCUv3fTaJ4ybYiqHFAkN6w',
  EnrollmentConfig: {
    ExistingEnrollmentAction: 'OVERWRITE',
    FraudDetectionConfig: { FraudDetectionAction: 'FAIL', RiskThreshold: 50, WatchlistIds: ['Nx8Dy3Lz2Qv7Rw1Tk5Pj9s'] },
  },
  InputDataConfig: { S3Uri: 's3://voiceid-enrollment/input/speakers.json' },
  JobName: 'enrollment-2024-06-01',
  OutputDataConfig: { KmsKeyId: 'alias/voiceid-output', S3Uri: 's3://voiceid-enrollment/output/' },
} as const;

/** The JavaScript of runtime files already transpiled: they are the same text for every service. */
const transpiled = new Map<string, string>();

/**
 * Transpiles emitted TypeScript (no type check: `tsc --strict` on the package is tested elsewhere) into
 * a fresh temporary directory and imports `entry` from it. The directory is removed once the module graph
 * is loaded (ES modules stay in memory).
 */
export async function importGenerated(files: readonly GeneratedFile[], entry = 'src/protocol.ts'): Promise<any> {
  // Inside the project's node_modules, so the runtime's own dependencies (the XML parser) resolve.
  const cache = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'shapegen-generated-'));
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  for (const f of files) {
    if (!f.path.endsWith('.ts')) continue;
    const out = join(dir, f.path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    const runtime = f.path.includes('/runtime/') ? f.contents : undefined;
    let js = runtime === undefined ? undefined : transpiled.get(runtime);
    if (js === undefined) {
      js = ts.transpileModule(f.contents, { compilerOptions, fileName: f.path }).outputText;
      if (runtime !== undefined) transpiled.set(runtime, js);
    }
    writeFileSync(out, js);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  try {
    return await import(pathToFileURL(join(dir, entry.replace(/\.ts$/, '.js'))).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated protocol module (and its runtime) of a service, imported. */
export async function importProtocol(service: IRService): Promise<any> {
  const ctx = contextOf(service);
  return importGenerated([...protocolEmitter.emit(ctx), ...runtimeFilesEmitter.emit(ctx)]);
}


const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);

async function v3Serializer(): Promise<() => Promise<unknown>> {
  const { VoiceIDClient, StartSpeakerEnrollmentJobCommand } = await import('@aws-sdk/client-voice-id');
  const { operation } = await import('@smithy/core/schema');
  const client = new VoiceIDClient({ region: 'us-east-1', credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' } });
  const schema = (new StartSpeakerEnrollmentJobCommand(SEED_INPUT as any) as any).schema;
  const [, ns, n, t, i, o] = schema;
  const op = operation(ns, n, t, i, o);
  const protocol = (client.config as any).protocol;
  const context = {
    ...client.config,
    endpoint: async () => ({ hostname: 'voiceid.us-east-1.amazonaws.com', protocol: 'https:', path: '/' }),
  };
  return () => protocol.serializeRequest(op, SEED_INPUT, context);
}

export async function run(): Promise<void> {
  const { service } = loadAndResolve(join(schemaDir, 'voiceid.yaml'), new GeneratorSession());
  if (!service) throw new Error('bench: schema/voiceid.yaml does not load');
  const mod = await importProtocol(service);
  const ours = () => mod.serializeStartSpeakerEnrollmentJobRequest(SEED_INPUT);
  const oursFlat = () => Buffer.byteLength(mod.serializeStartSpeakerEnrollmentJobRequest(SEED_INPUT).body);
  const stringify = () => JSON.stringify(SEED_INPUT);
  const v3 = await v3Serializer();
  const runs = 7;
  const results = { ours: [] as number[], oursFlat: [] as number[], v3: [] as number[], stringify: [] as number[] };
  for (let r = 0; r < runs; r++) {
    results.ours.push(rate(ours, 300));
    results.oursFlat.push(rate(oursFlat, 300));
    results.stringify.push(rate(stringify, 300));
    results.v3.push(await rateAsync(v3, 300, 200));
  }
  const m = {
    ours: median(results.ours),
    oursFlat: median(results.oursFlat),
    v3: median(results.v3),
    stringify: median(results.stringify),
  };
  const lines = [
    `serialize StartSpeakerEnrollmentJob (seed input, ${JSON.stringify(SEED_INPUT).length} bytes), median of ${runs} runs, calls per CPU second (stats.ts):`,
    `  shapegen serializeStartSpeakerEnrollmentJobRequest ${fmt(m.ours)}`,
    `  the same, body flattened (Buffer.byteLength)      ${fmt(m.oursFlat)}`,
    `  AWS SDK v3 protocol.serializeRequest              ${fmt(m.v3)}`,
    `  JSON.stringify(input)                             ${fmt(m.stringify)}`,
    `  shapegen / v3             = ${(m.ours / m.v3).toFixed(2)}x (target >= 3x: ${m.ours / m.v3 >= 3 ? 'met' : 'NOT MET'})`,
    `  shapegen / JSON.stringify = ${(m.ours / m.stringify).toFixed(2)}x (target >= 0.5x, i.e. within 2x: ${m.ours / m.stringify >= 0.5 ? 'met' : 'NOT MET'})`,
    `  flattened: / v3 = ${(m.oursFlat / m.v3).toFixed(2)}x, / JSON.stringify = ${(m.oursFlat / m.stringify).toFixed(2)}x`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.stdout.write((await runProtocols(importProtocol)).join('\n') + '\n');
}
