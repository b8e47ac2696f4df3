import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AwsJsonProtocol, expandHostPrefix } from '../../runtime/aws-json.js';
import { MIN_COMPRESSION_BYTES } from '../../runtime/compression.js';
import { ServiceError } from '../../runtime/errors.js';

class NotFound extends ServiceError {}
class Broken extends ServiceError {}

const protocol = new AwsJsonProtocol({
  jsonVersion: '1.1',
  targetPrefix: 'Svc',
  shapes: {
    In: {
      type: 'structure',
      members: [
        { name: 'label', shape: '$string' },
        { name: 'data', shape: '$string' },
      ],
    },
    Out: { type: 'structure', members: [{ name: 'When', shape: '$timestamp' }] },
    NotFound: { type: 'structure', members: [{ name: 'Resource', shape: '$string' }] },
  },
  errors: { NotFound: { ctor: NotFound, shape: 'NotFound' }, Broken: { ctor: Broken, fault: true } },
});
const op = protocol.operation<Record<string, unknown>, Record<string, unknown>>({
  wireName: 'Op',
  input: 'In',
  output: 'Out',
});

describe('AWS JSON operation', () => {
  it('builds the request: POST /, Content-Type, X-Amz-Target, Content-Length, JSON body', () => {
    const r = op.serialize({ data: 'é' });
    expect(r).toEqual({
      method: 'POST',
      path: '/',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'Svc.Op', 'Content-Length': '13' },
      body: '{"data":"é"}',
    });
  });

  it('sends {} for an operation without input, or an absent input', () => {
    expect(protocol.operation({ wireName: 'NoIn' }).serialize(undefined).body).toBe('{}');
    expect(op.serialize(undefined as never).body).toBe('{}');
  });

  it('fills the host prefix from host-label members and rejects labels that are not DNS labels', () => {
    const withHost = protocol.operation<Record<string, unknown>, unknown>({
      wireName: 'Op',
      input: 'In',
      hostPrefix: 'foo.{label}.',
    });
    expect(withHost.serialize({ label: 'bar' }).hostPrefix).toBe('foo.bar.');
    expect(() => withHost.serialize({ label: 'bad.label' })).toThrow(/DNS label/);
    expect(() => expandHostPrefix('{label}.', {})).toThrow(/DNS label/);
  });

  it('gzips bodies of at least the minimum size when the operation asks for compression', () => {
    const gz = protocol.operation<Record<string, unknown>, unknown>({ wireName: 'Op', input: 'In', gzip: true });
    const small = gz.serialize({ data: 'x' });
    expect(small.headers['Content-Encoding']).toBeUndefined();
    const big = gz.serialize({ data: 'x'.repeat(MIN_COMPRESSION_BYTES) });
    expect(big.headers['Content-Encoding']).toBe('gzip');
    expect(big.headers['Content-Length']).toBe(String((big.body as Uint8Array).byteLength));
    expect(JSON.parse(gunzipSync(big.body as Uint8Array).toString())).toEqual({
      data: 'x'.repeat(MIN_COMPRESSION_BYTES),
    });
  });

  it('parses outputs; empty bodies give {}', () => {
    expect(op.deserialize({ statusCode: 200, headers: {}, body: '{"When":1}' })).toEqual({ When: new Date(1000) });
    expect(op.deserialize({ statusCode: 200, headers: {}, body: '' })).toEqual({});
    expect(op.deserialize({ statusCode: 200, headers: {} })).toEqual({});
  });

  it('throws the modeled error class with its parsed members', () => {
    const body = '{"__type":"ns#NotFound","message":"gone","Resource":"r1","Extra":1}';
    const e = catchError(() => op.deserialize({ statusCode: 404, headers: { 'x-amzn-RequestId': 'req-1' }, body }));
    expect(e).toBeInstanceOf(NotFound);
    expect({
      code: e.code,
      message: e.message,
      statusCode: e.statusCode,
      requestId: e.requestId,
      data: e.data,
      fault: e.fault,
    }).toEqual({
      code: 'NotFound',
      message: 'gone',
      statusCode: 404,
      requestId: 'req-1',
      data: { Resource: 'r1' },
      fault: 'client',
    });
  });

  it('marks server faults, and still gives a useful error for unmodeled codes and non-JSON bodies', () => {
    expect(
      catchError(() => op.deserialize({ statusCode: 500, headers: { 'X-Amzn-ErrorType': 'Broken' }, body: '' })).fault,
    ).toBe('server');
    const unknown = catchError(() =>
      op.deserialize({ statusCode: 400, headers: {}, body: '{"__type":"Weird","Message":"m"}' }),
    );
    expect(unknown.constructor).toBe(ServiceError);
    expect([unknown.code, unknown.message, unknown.data]).toEqual(['Weird', 'm', {}]);
    const html = catchError(() => op.deserialize({ statusCode: 502, headers: {}, body: '<html>Bad Gateway</html>' }));
    expect([html.code, html.message, html.body, html.fault]).toEqual([
      'Http502Error',
      'Http502Error (HTTP 502)',
      '<html>Bad Gateway</html>',
      'server',
    ]);
  });
});

function catchError(fn: () => unknown): ServiceError {
  try {
    fn();
  } catch (e) {
    return e as ServiceError;
  }
  throw new Error('expected a throw');
}
