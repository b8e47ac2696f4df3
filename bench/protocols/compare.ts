/**
 * Per protocol, ops/s of shapegen's generated serializer or deserializer for one operation against the
 * AWS SDK for JavaScript v3 client's (its protocol's `serializeRequest` / `deserializeResponse`, the steps
 * its serde middleware runs) and the v2 SDK's (the `build` / `extractData` events of a request, without
 * signing or sending), measured in the same run: medians of several runs, target >= 3x v3 on each.
 * The v3 SQS client of today speaks AWS JSON 1.0 where the 2023 model (and v2) speak Query.
 *
 * A request body that shapegen builds as text is a V8 rope (the Query form is concatenated); the figure
 * for a request includes flattening it (Buffer.byteLength, as sending does), since v3's is a flat string.
 */
import { join } from 'node:path';
import { contextOf, loadAndResolve } from '../../generator/pipeline.js';
import { GeneratorSession } from '../../generator/context/session.js';
import type { IRService } from '../../generator/ir/types.js';
import { awsModelsDir } from '../../generator/paths.js';
import { median, rate, rateAsync } from '../stats.js';
import {
  DESCRIBE_INSTANCES_BODY,
  INVOKE,
  INVOKE_RESPONSE,
  LIST_OBJECTS_BODY,
  PUT_OBJECT,
  SEND_MESSAGE_BATCH,
} from './cases.js';

type Sync = () => unknown;
type Async = () => Promise<unknown>;

interface Case {
  readonly label: string;
  readonly ours: Sync;
  readonly v3: Async;
  readonly v2: Sync;
}

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const utf8 = new TextEncoder();

/** A request as it goes out: a text body flattened. */
function sent(request: any): unknown {
  if (typeof request.body === 'string') Buffer.byteLength(request.body);
  return request;
}

/** Imports a service's generated protocol module (bench/serialize.ts's importProtocol). */
export type ImportProtocol = (service: IRService) => Promise<any>;

async function ours(model: string, session: GeneratorSession, importProtocol: ImportProtocol) {
  const { service } = loadAndResolve(join(awsModelsDir, model), session);
  if (!service) throw new Error(`bench: ${model} does not load`);
  const mod = await importProtocol(service);
  const symbols = contextOf(service, session).symbols;
  return {
    serialize: (op: string) => mod[symbols.serializer(op).name] as (input: unknown) => unknown,
    deserialize: (op: string) => mod[symbols.deserializer(op).name] as (response: unknown) => unknown,
  };
}

/** A v3 client's protocol, its serde context and the operation schema of a command class. */
async function v3(pkg: string, clientName: string) {
  const lib: any = await import(pkg);
  const { operation } = await import('@smithy/core/schema');
  const client = new lib[clientName]({ region: 'us-east-1', credentials: CREDENTIALS });
  const context = {
    ...client.config,
    endpoint: async () => ({ hostname: 'service.us-east-1.amazonaws.com', protocol: 'https:', path: '/' }),
  };
  const schema = (command: string) => {
    const [, ns, n, t, i, o] = new lib[`${command}Command`]({}).schema;
    return operation(ns, n, t, i, o);
  };
  const protocol = client.config.protocol;
  return {
    serialize: (command: string, input: unknown): Async => {
      const op = schema(command);
      return () => protocol.serializeRequest(op, input, context);
    },
    deserialize: (command: string, response: { statusCode: number; headers: Record<string, string>; body: Uint8Array }): Async => {
      const op = schema(command);
      return () => protocol.deserializeResponse(op, context, { ...response });
    },
  };
}

/** A v2 service: a request's build step, or its extractData step on a given response. */
async function v2(serviceClass: string) {
  const AWS: any = (await import('aws-sdk')).default;
  const svc = new AWS[serviceClass]({ region: 'us-east-1', credentials: CREDENTIALS });
  return {
    serialize: (op: string, params: unknown): Sync => () => {
      const req = svc.makeRequest(op, params);
      req.emit('build', [req]);
      return req.httpRequest;
    },
    deserialize: (op: string, response: { statusCode: number; headers: Record<string, string>; body: Uint8Array }): Sync => () => {
      const req = svc.makeRequest(op, {});
      const resp = req.response;
      resp.httpResponse.statusCode = response.statusCode;
      resp.httpResponse.headers = response.headers;
      resp.httpResponse.body = Buffer.from(response.body);
      req.emit('extractData', [resp]);
      return resp.data;
    },
  };
}

async function cases(importProtocol: ImportProtocol): Promise<Case[]> {
  const session = new GeneratorSession();
  const [s3, lambda, sqs, ec2] = await Promise.all([
    ours('s3-2006-03-01.normal.json', session, importProtocol),
    ours('lambda-2015-03-31.normal.json', session, importProtocol),
    ours('sqs-2012-11-05.normal.json', session, importProtocol),
    ours('ec2-2016-11-15.normal.json', session, importProtocol),
  ]);
  const [s3v3, lambdaV3, sqsV3, ec2V3] = await Promise.all([
    v3('@aws-sdk/client-s3', 'S3Client'),
    v3('@aws-sdk/client-lambda', 'LambdaClient'),
    v3('@aws-sdk/client-sqs', 'SQSClient'),
    v3('@aws-sdk/client-ec2', 'EC2Client'),
  ]);
  const [s3v2, lambdaV2, sqsV2, ec2V2] = await Promise.all([v2('S3'), v2('Lambda'), v2('SQS'), v2('EC2')]);
  const list = { statusCode: 200, headers: { 'content-type': 'application/xml' }, body: utf8.encode(LIST_OBJECTS_BODY) };
  const instances = { statusCode: 200, headers: { 'content-type': 'text/xml' }, body: utf8.encode(DESCRIBE_INSTANCES_BODY) };
  const putObject = s3.serialize('PutObject');
  const listObjects = s3.deserialize('ListObjectsV2');
  const invoke = lambda.serialize('Invoke');
  const invokeOut = lambda.deserialize('Invoke');
  const batch = sqs.serialize('SendMessageBatch');
  const describe = ec2.deserialize('DescribeInstances');
  return [
    { label: 'rest-xml  S3 PutObject request (metadata headers)', ours: () => sent(putObject(PUT_OBJECT)), v3: s3v3.serialize('PutObject', PUT_OBJECT), v2: s3v2.serialize('putObject', PUT_OBJECT) },
    { label: 'rest-xml  S3 ListObjectsV2 response (100 objects)', ours: () => listObjects(list), v3: s3v3.deserialize('ListObjectsV2', list), v2: s3v2.deserialize('listObjectsV2', list) },
    { label: 'rest-json Lambda Invoke request', ours: () => sent(invoke(INVOKE)), v3: lambdaV3.serialize('Invoke', INVOKE), v2: lambdaV2.serialize('invoke', INVOKE) },
    { label: 'rest-json Lambda Invoke response', ours: () => invokeOut(INVOKE_RESPONSE), v3: lambdaV3.deserialize('Invoke', INVOKE_RESPONSE), v2: lambdaV2.deserialize('invoke', INVOKE_RESPONSE) },
    { label: 'query     SQS SendMessageBatch request (10 entries)', ours: () => sent(batch(SEND_MESSAGE_BATCH)), v3: sqsV3.serialize('SendMessageBatch', SEND_MESSAGE_BATCH), v2: sqsV2.serialize('sendMessageBatch', SEND_MESSAGE_BATCH) },
    { label: 'ec2       EC2 DescribeInstances response (20 instances)', ours: () => describe(instances), v3: ec2V3.deserialize('DescribeInstances', instances), v2: ec2V2.deserialize('describeInstances', instances) },
  ];
}


const num = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);

export async function runProtocols(importProtocol: ImportProtocol): Promise<string[]> {
  const all = await cases(importProtocol);
  // Settle the heap the setup left (four generated services, three SDKs' clients) before measuring: rates
  // count the CPU of every thread, and a concurrent mark of that heap billed to the first case measured
  // (shapegen's S3 PutObject) cut its rate several times over in some runs. `npm run bench` passes --expose-gc.
  (globalThis as { gc?: () => void }).gc?.();
  const runs = 7;
  const lines = [`serialize/deserialize per protocol, calls per CPU second, median of ${runs} runs (target: shapegen >= 3x v3 on each):`];
  lines.push(`  ${'operation'.padEnd(54)} ${'shapegen'.padStart(10)} ${'v3'.padStart(10)} ${'v2'.padStart(10)}   /v3     /v2`);
  for (const c of all) {
    const r = { ours: [] as number[], v3: [] as number[], v2: [] as number[] };
    for (let i = 0; i < runs; i++) {
      r.ours.push(rate(c.ours, 300, 20));
      r.v3.push(await rateAsync(c.v3, 300));
      r.v2.push(rate(c.v2, 300, 20));
    }
    const m = { ours: median(r.ours), v3: median(r.v3), v2: median(r.v2) };
    const x3 = m.ours / m.v3;
    lines.push(
      `  ${c.label.padEnd(54)} ${num(m.ours)} ${num(m.v3)} ${num(m.v2)} ${x3.toFixed(2).padStart(6)}x ${(m.ours / m.v2).toFixed(2).padStart(6)}x  ${x3 >= 3 ? 'met' : 'NOT MET'}`,
    );
  }
  return lines;
}
