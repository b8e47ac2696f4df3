/**
 * The botocore protocol cases (`../shared/protocol-tests/botocore/{input,output}/*.json`) run
 * through shapegen: each case's metadata, shapes and `given` operation become an AWS model, which goes
 * through the importer, the model validator, the resolver and the protocol emitter; the emitted
 * TypeScript is transpiled and imported with its runtime.
 */
import { readFileSync } from 'node:fs';
import { importGenerated } from '../../../bench/serialize.js';
import { protocolEmitter } from '../../../generator/emit/ts/protocol/index.js';
import { runtimeFilesEmitter } from '../../../generator/emit/ts/runtime-files/index.js';
import { formatFiles } from '../../../generator/format/format.js';
import { importAwsModel } from '../../../generator/importer/from-aws.js';
import { resolve } from '../../../generator/ir/resolve.js';
import type { IRService } from '../../../generator/ir/types.js';
import { validateModel } from '../../../generator/load/load-model.js';
import { formatError, hasErrors, NO_POSITION } from '../../../generator/validate/errors.js';
import { requireShared } from '../../support/shared.js';
import { ctx, testSession } from '../../support/context.js';

export interface Suite {
  description: string;
  metadata: Record<string, unknown>;
  shapes: Record<string, unknown>;
  clientEndpoint?: string;
  cases: Case[];
}

export interface Case {
  id: string;
  description?: string;
  given: Record<string, unknown> & { name: string };
  params?: Record<string, unknown>;
  serialized?: {
    method: string;
    uri: string;
    body?: string;
    headers?: Record<string, string>;
    host?: string;
    requireHeaders?: string[];
    forbidHeaders?: string[];
  };
  result?: unknown;
  error?: unknown;
  errorCode?: string;
  errorMessage?: string;
  response?: {
    status_code: number;
    headers: Record<string, string>;
    body?: string;
  };
}

export function readSuites(kind: 'input' | 'output', file: string): Suite[] {
  return JSON.parse(readFileSync(requireShared('protocol-tests', 'botocore', kind, `${file}.json`), 'utf8')) as Suite[];
}

export const BOTOCORE_FILES = ['json', 'json_1_0', 'rest-json', 'rest-xml', 'query', 'ec2'] as const;
export type BotocoreFile = (typeof BOTOCORE_FILES)[number];

/**
 * The AWS model of one case. The cases carry no service name, which the model format requires. As
 * botocore's runner does, a query output's result is read from `<OpName>Result` when the case names no
 * result wrapper.
 */
export function awsModelOf(suite: Suite, c: Case): Record<string, unknown> {
  let given: Record<string, unknown> = c.given;
  const output = c.given.output as { shape: string; resultWrapper?: string } | undefined;
  if (suite.metadata.protocol === 'query' && output && output.resultWrapper === undefined) {
    given = { ...c.given, output: { ...output, resultWrapper: `${c.given.name}Result` } };
  }
  return {
    metadata: { serviceFullName: 'Botocore Protocol Test', ...suite.metadata },
    operations: { [c.given.name]: given },
    shapes: suite.shapes,
  };
}

export function serviceOf(suite: Suite, c: Case): IRService {
  const model = importAwsModel(awsModelOf(suite, c));
  const problems = validateModel(`${c.id}.json`, model, NO_POSITION, testSession);
  if (hasErrors(problems))
    throw new Error(`case ${c.id}: the model does not validate:\n${problems.map(formatError).join('\n')}`);
  return resolve(model, `${c.id}.json`);
}

const modules = new Map<string, Promise<any>>();

/** The generated, formatted, transpiled protocol module of a case (cached per distinct model). */
export function protocolModuleOf(suite: Suite, c: Case): Promise<any> {
  const key = JSON.stringify(awsModelOf(suite, c));
  let mod = modules.get(key);
  if (!mod) {
    const service = serviceOf(suite, c);
    mod = formatFiles([...protocolEmitter.emit(ctx(service)), ...runtimeFilesEmitter.emit(ctx(service))]).then(importGenerated);
    modules.set(key, mod);
  }
  return mod;
}

/**
 * Runs `check` on every case of one botocore file, collecting failures rather than stopping at the first;
 * prints `passed/total` and fails with every failure's first lines.
 */
export async function runAllCases(
  kind: 'input' | 'output',
  file: BotocoreFile,
  skipped: Readonly<Record<string, string>>,
  check: (suite: Suite, c: Case) => Promise<void>,
): Promise<{ failures: string[]; total: number }> {
  const failures: string[] = [];
  let total = 0;
  let skips = 0;
  for (const suite of readSuites(kind, file)) {
    for (const c of suite.cases) {
      total++;
      if (skipped[c.id]) {
        skips++;
        continue;
      }
      try {
        await check(suite, c);
      } catch (e) {
        failures.push(`${c.id}: ${(e as Error).message.split('\n').slice(0, 8).join('\n')}`);
      }
    }
  }
  const passed = total - skips - failures.length;
  console.log(`botocore ${kind}/${file}.json: ${passed}/${total} passed${skips ? `, ${skips} skipped` : ''}`);
  return { failures, total };
}
