/**
 * Test support for the client: generate a catalog model's package into a temporary folder, build it with
 * its own build script (and type-check it with tsc, strict, its own tsconfig) and import the built module;
 * start the local servers of
 * ../shared/peers/README.md in process on 127.0.0.1, port 0.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { emitters } from '../../generator/emit/index.js';
import { awsModelsDir } from '../../generator/paths.js';
import { PACKAGE_FILES } from '../../generator/context/symbols.js';
import { compilePackage, generateToTemp } from '../ts-types/package-harness.js';
import { requireShared } from './shared.js';

/**
 * Generates the package of a catalog model (`dynamodb-2012-08-10`), builds its JavaScript with its own
 * `build.mjs` (what `npm run build` runs after tsc) and imports it; with `typecheck`, tsc first
 * type-checks it with its own strict tsconfig (a minute for DynamoDB, so only when asked).
 */
export async function buildClientPackage<M = Record<string, unknown>>(model: string, typecheck = false): Promise<{ module: M; dir: string }> {
  requireShared('models', 'aws-sdk-js-2.1386.0', `${model}.normal.json`);
  // The R pages are not needed to call the service.
  const { root, files } = await generateToTemp([join(awsModelsDir, `${model}.normal.json`)], emitters.filter((e) => e.name !== 'docs'));
  const service = files[0].path.split('/')[0];
  const dir = join(root, service);
  if (typecheck) {
    const problems = compilePackage(dir, false);
    if (problems.length > 0) throw new Error(`the generated ${service} package does not type-check:\n${problems.slice(0, 20).join('\n')}`);
  }
  execFileSync(process.execPath, [PACKAGE_FILES.build], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const module = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as M;
  return { module, dir };
}

const require = createRequire(import.meta.url);

export interface LocalServer {
  readonly endpoint: string;
  /** Requests the server has received. */
  readonly requests: () => number;
  close(): Promise<void>;
}

function local(server: Server, host = '127.0.0.1', close?: () => Promise<void>): LocalServer {
  let requests = 0;
  server.prependListener('request', () => requests++);
  return {
    endpoint: `http://${host}:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: close ?? (() => new Promise((ok) => (server.closeAllConnections(), server.close(() => ok())))),
  };
}

export async function startDynalite(): Promise<LocalServer> {
  const server = (require('dynalite') as (o: object) => Server)({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return local(server);
}

export async function startKinesalite(): Promise<LocalServer> {
  const server = (require('kinesalite') as (o: object) => Server)({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return local(server);
}

export async function startS3rver(): Promise<LocalServer> {
  const S3rver = require('s3rver') as new (o: object) => { run(): Promise<AddressInfo>; close(): Promise<void>; httpServer: Server };
  const s3 = new S3rver({ port: 0, address: '127.0.0.1', directory: mkdtempSync(join(tmpdir(), 'shapegen-s3rver-')), silent: true });
  await s3.run();
  return local(s3.httpServer, '127.0.0.1', () => s3.close());
}

export async function startSqslite(): Promise<LocalServer> {
  const sqs = (require('sqslite') as (o: object) => { listen(o: object): Promise<void>; server: Server; close(): Promise<void> })({ logger: false });
  await sqs.listen({ host: '127.0.0.1', port: 0 });
  // sqslite's queue URLs name localhost, so the client must too.
  return local(sqs.server, 'localhost', () => sqs.close());
}
