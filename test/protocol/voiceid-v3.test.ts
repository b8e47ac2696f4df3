/**
 * shapegen's generated Voice ID protocol code against the official AWS SDK for JavaScript v3 client
 * (@aws-sdk/client-voice-id): for random valid inputs of every operation the request body bytes,
 * Content-Type, X-Amz-Target and Content-Length are identical; for random responses the parsed outputs
 * and the errors are the same.
 *
 * Member order: v3 writes structure members in its Smithy model's order, which the v2 model shapegen
 * reads does not record; shapegen writes them in the caller's order. Byte identity is checked with the
 * input's keys in v3's order; with the model's own order the bodies are checked to be equal as JSON.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importProtocol } from '../../bench/serialize.js';
import type { IRService } from '../../generator/ir/types.js';
import { loadAndResolve } from '../../generator/pipeline.js';
import { schemaDir } from '../../generator/paths.js';
import { typedArbitrary, wireArbitrary } from './support/arbitraries.js';
import { V3Oracle } from './support/v3.js';
import { testSession } from '../support/context.js';
import { membersOf } from '../../generator/ir/facts.js';

const { service } = loadAndResolve(`${schemaDir}/voiceid.yaml`, testSession);
if (!service) throw new Error('schema/voiceid.yaml does not load');
const svc: IRService = service;
const oracle = new V3Oracle();
let mod: any;

beforeAll(async () => {
  mod = await importProtocol(svc);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const JSON_10 = { 'content-type': 'application/x-amz-json-1.0' };

function tokenMember(op: (typeof svc.operations)[number]): string | undefined {
  return op.input ? membersOf(svc.shape(op.input.target)).find((m) => m.idempotencyToken)?.name : undefined;
}

describe('Voice ID requests: shapegen vs AWS SDK v3', () => {
  it('covers all 29 operations', () => expect(svc.operations.length).toBe(29));

  for (const op of svc.operations) {
    it(`${op.name}: same body bytes, Content-Type, X-Amz-Target, Content-Length`, async () => {
      const token = tokenMember(op);
      const arb = op.input ? typedArbitrary(svc, op.input.target) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(arb, fc.uuid(), async (generated, uuid) => {
          const input = { ...(generated as object) } as Record<string, unknown>;
          // A token we would each fill with a different random UUID: give one (the filling is tested below).
          if (token && input[token] === undefined) input[token] = uuid;
          const ordered = oracle.inSchemaOrder(op.name, input);
          const theirs = await oracle.request(op.name, ordered);
          const ours = mod[`serialize${op.name}Request`](ordered);
          expect(ours.body).toBe(theirs.body);
          expect(ours.headers['Content-Type']).toBe(theirs.headers['content-type']);
          expect(ours.headers['X-Amz-Target']).toBe(theirs.headers['x-amz-target']);
          expect(ours.headers['Content-Length']).toBe(theirs.headers['content-length']);
          expect([ours.method, ours.path]).toEqual([theirs.method, theirs.path]);
          expect(JSON.parse(mod[`serialize${op.name}Request`](input).body)).toEqual(JSON.parse(theirs.body));
        }),
        { numRuns: 25 },
      );
    });
  }

  it('fills a missing idempotency token with a random UUID, as v3 does', async () => {
    const input = {
      Name: 'my-domain',
      ServerSideEncryptionConfiguration: { KmsKeyId: 'k' },
    };
    const ours = JSON.parse(mod.serializeCreateDomainRequest(input).body);
    const theirs = JSON.parse((await oracle.request('CreateDomain', input)).body);
    expect(ours.ClientToken).toMatch(UUID);
    expect(theirs.ClientToken).toMatch(UUID);
    expect(ours.ClientToken).not.toBe(JSON.parse(mod.serializeCreateDomainRequest(input).body).ClientToken);
    expect({ ...ours, ClientToken: 'x' }).toEqual({
      ...theirs,
      ClientToken: 'x',
    });
  });
});

describe('Voice ID responses: shapegen vs AWS SDK v3', () => {
  for (const op of svc.operations) {
    it(`${op.name}: same output, same errors`, async () => {
      const outputArb = op.output ? wireArbitrary(svc, op.output.target) : fc.constant({});
      await fc.assert(
        fc.asyncProperty(outputArb, async (wire) => {
          const response = {
            statusCode: 200,
            headers: JSON_10,
            body: JSON.stringify(wire),
          };
          const theirs = await oracle.response(op.name, response);
          expect(theirs.error).toBeUndefined();
          expect(mod[`deserialize${op.name}Response`](response)).toEqual(theirs.output);
        }),
        { numRuns: 25 },
      );
      const codes = fc.constantFrom(...op.errors, 'SomeUnmodeledException');
      const bodies = fc.record({
        code: codes,
        message: fc.string(),
        status: fc.constantFrom(400, 403, 404, 409, 429, 500),
        inHeader: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(bodies, async ({ code, message, status, inHeader }) => {
          const body = JSON.stringify(inHeader ? { message } : { __type: `com.amazonaws.voiceid#${code}`, message });
          const headers: Record<string, string> = inHeader
            ? {
                ...JSON_10,
                'x-amzn-errortype': `${code}:http://internal.amazon.com/`,
              }
            : JSON_10;
          const response = { statusCode: status, headers, body };
          const theirs = (await oracle.response(op.name, response)).error;
          let ours: any;
          try {
            mod[`deserialize${op.name}Response`](response);
          } catch (e) {
            ours = e;
          }
          expect(ours).toBeInstanceOf(mod.ServiceError);
          expect(ours.code).toBe(theirs.name);
          // v3 says `UnknownError` when the body has no message; shapegen names the code and status.
          expect(ours.message).toBe(message === '' ? `${theirs.name} (HTTP ${status})` : theirs.message);
          expect(ours.statusCode).toBe(theirs.$metadata.httpStatusCode);
          expect(ours.body).toBe(body);
          if (op.errors.includes(code)) expect(ours).toBeInstanceOf(mod[`${code}Error`]);
          else expect(ours.constructor).toBe(mod.ServiceError);
        }),
        { numRuns: 15 },
      );
    });
  }
});
