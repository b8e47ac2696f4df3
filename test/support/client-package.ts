/**
 * Test support for the client: generate a catalog model's package into a temporary folder, build it with
 * tsc (strict, its own tsconfig) and import the built module; start the local servers of
 * ../shared/peers/README.md in process on 127.0.0.1, port 0.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { awsModelsDir } from '../../generator/paths.js';
import { compilePackage, generateToTemp } from '../ts-types/package-harness.js';
import { requireShared } from './shared.js';

/** Generates, builds and imports the package of a catalog model (`dynamodb-2012-08-10`). */
export async function buildClientPackage<M = Record<string, unknown>>(model: string): Promise<{ module: M; dir: string }> {
  requireShared('models', 'aws-sdk-js-2.1386.0', `${model}.normal.json`);
  const { root, files } = await generateToTemp([join(awsModelsDir, `${model}.normal.json`)]);
  const service = files[0].path.split('/')[0];
  const dir = join(root, service);
  const problems = compilePackage(dir, true);
  if (problems.length > 0) throw new Error(`the generated ${service} package does not build:\n${problems.slice(0, 20).join('\n')}`);
  const module = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as M;
  return { module, dir };
}

const require = createRequire(import.meta.url);

export interface LocalServer {
  readonly endpoint: string;
  close(): Promise<void>;
}

function closing(server: Server): () => Promise<void> {
  return () => new Promise((ok) => server.close(() => ok()));
}

export async function startDynalite(): Promise<LocalServer> {
  const server = (require('dynalite') as (o: object) => Server)({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: closing(server) };
}

export async function startKinesalite(): Promise<LocalServer> {
  const server = (require('kinesalite') as (o: object) => Server)({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: closing(server) };
}

export async function startS3rver(): Promise<LocalServer> {
  const S3rver = require('s3rver') as new (o: object) => { run(): Promise<AddressInfo>; close(): Promise<void> };
  const s3 = new S3rver({ port: 0, address: '127.0.0.1', directory: mkdtempSync(join(tmpdir(), 'shapegen-s3rver-')), silent: true });
  const { port } = await s3.run();
  return { endpoint: `http://127.0.0.1:${port}`, close: () => s3.close() };
}

export async function startSqslite(): Promise<LocalServer> {
  const sqs = (require('sqslite') as (o: object) => { listen(o: object): Promise<void>; server: Server; close(): Promise<void> })({ logger: false });
  await sqs.listen({ host: '127.0.0.1', port: 0 });
  // sqslite's queue URLs name localhost, so the client must too.
  return { endpoint: `http://localhost:${(sqs.server.address() as AddressInfo).port}`, close: () => sqs.close() };
}
