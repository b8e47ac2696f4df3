/**
 * SigV4 through aws4, checked against the AWS SDK v3's own signer (@smithy/signature-v4) for the same
 * credentials, time and request: plain and session-token credentials, bodies as text and bytes, query
 * strings, S3's payload hash header, unsigned payloads and streams.
 */
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { amzDate, signRequest, UNSIGNED_PAYLOAD, type PayloadSigning, type SignableRequest } from '../../runtime/signing.js';

const keys = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const withToken = { ...keys, sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//token+with/odd=chars' };
const when = Date.UTC(2015, 7, 30, 12, 36, 0);

async function v3Authorization(request: SignableRequest, credentials: typeof withToken | typeof keys, service: string, payload: PayloadSigning): Promise<string> {
  const signer = new SignatureV4({ credentials, region: 'eu-west-1', service, sha256: Hash.bind(null, 'sha256'), uriEscapePath: service !== 's3', applyChecksum: payload === 'header' });
  const [path, query = ''] = request.path.split('?');
  const q: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) q[k] = k in q ? [q[k] as string, v].flat() : v;
  const headers: Record<string, string> = { ...request.headers, host: request.host };
  if (payload === 'unsigned') headers['x-amz-content-sha256'] = UNSIGNED_PAYLOAD;
  const signed = await signer.sign(
    { method: request.method, protocol: 'https:', hostname: request.host, path, query: q, headers, body: request.body },
    { signingDate: new Date(when) },
  );
  return signed.headers.authorization;
}

const cases: { name: string; service: string; payload: PayloadSigning; request: SignableRequest }[] = [
  {
    name: 'AWS JSON POST',
    service: 'dynamodb',
    payload: 'hash',
    request: {
      method: 'POST',
      host: 'dynamodb.eu-west-1.amazonaws.com',
      path: '/',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'DynamoDB_20120810.GetItem', 'Content-Length': '40' },
      body: '{"TableName":"t","Key":{"pk":{"S":"a"}}}',
    },
  },
  {
    name: 'a binary body',
    service: 'kinesis',
    payload: 'hash',
    request: { method: 'POST', host: 'kinesis.eu-west-1.amazonaws.com', path: '/', headers: { 'Content-Type': 'application/x-amz-cbor-1.1', 'Content-Length': '4' }, body: new Uint8Array([0, 255, 128, 10]) },
  },
  {
    name: 'a REST GET with a query string and an encoded path',
    service: 'lambda',
    payload: 'hash',
    request: { method: 'GET', host: 'lambda.eu-west-1.amazonaws.com', path: '/2015-03-31/functions/my%3Afn/aliases?Marker=a%2Fb%20c&MaxItems=10', headers: {} },
  },
  {
    name: 'S3 GET with the payload hash header',
    service: 's3',
    payload: 'header',
    request: { method: 'GET', host: 'bucket.s3.eu-west-1.amazonaws.com', path: '/dir/my%20key.txt?versionId=3', headers: {} },
  },
  {
    name: 'S3 PUT of bytes',
    service: 's3',
    payload: 'header',
    request: { method: 'PUT', host: 's3.eu-west-1.amazonaws.com', path: '/bucket/k', headers: { 'Content-Length': '3', 'Content-Type': 'text/plain' }, body: 'abc' },
  },
  {
    name: 'an unsigned payload',
    service: 'lex',
    payload: 'unsigned',
    request: { method: 'POST', host: 'runtime.lex.eu-west-1.amazonaws.com', path: '/bot/b/content', headers: { 'Content-Type': 'audio/l16' }, body: 'pcm' },
  },
];

describe('SigV4 signatures equal the v3 SDK signer', () => {
  for (const c of cases) {
    for (const [label, creds] of [['keys', keys], ['session token', withToken]] as const) {
      it(`${c.name} (${label})`, async () => {
        const ours = signRequest(c.request, creds, { service: c.service, region: 'eu-west-1', amzDate: amzDate(when), payload: c.payload });
        expect(ours.Authorization).toBe(await v3Authorization(c.request, creds, c.service, c.payload));
        expect(ours['X-Amz-Date']).toBe('20150830T123600Z');
        expect(ours['X-Amz-Security-Token']).toBe('sessionToken' in creds ? creds.sessionToken : undefined);
        expect(ours).not.toHaveProperty('Host');
      });
    }
  }

  it('sends S3 the body hash, and UNSIGNED-PAYLOAD for a stream', () => {
    const scope = { service: 's3', region: 'eu-west-1', amzDate: amzDate(when), payload: 'header' as const };
    const put = (body: SignableRequest['body']) => signRequest({ method: 'PUT', host: 'h', path: '/b/k', headers: {}, body }, keys, scope);
    expect(put('abc')['X-Amz-Content-Sha256']).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(put(undefined)['X-Amz-Content-Sha256']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(put(new ReadableStream())['X-Amz-Content-Sha256']).toBe(UNSIGNED_PAYLOAD);
  });

  it('matches the published get-vanilla case of the SigV4 test suite', () => {
    const headers = signRequest({ method: 'GET', host: 'example.amazonaws.com', path: '/', headers: {} }, keys, { service: 'service', region: 'us-east-1', amzDate: '20150830T123600Z', payload: 'hash' });
    expect(headers.Authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('formats the date as YYYYMMDDTHHMMSSZ', () => {
    expect(amzDate(Date.UTC(2024, 0, 2, 3, 4, 5, 678))).toBe('20240102T030405Z');
  });
});
