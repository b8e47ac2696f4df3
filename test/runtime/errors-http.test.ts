import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorMessageOf, sanitizeErrorCode, ServiceError } from '../../runtime/errors.js';
import { bodyText, byteLength, headerValue, requestUrl, utf8Length } from '../../runtime/http.js';

describe('error codes', () => {
  it('strips namespace and :suffix', () => {
    expect(sanitizeErrorCode('aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/x/')).toBe(
      'FooError',
    );
    expect(sanitizeErrorCode('FooError:http://x')).toBe('FooError');
    expect(sanitizeErrorCode('ns#FooError')).toBe('FooError');
    expect(sanitizeErrorCode('FooError,BarError')).toBe('FooError');
    expect(sanitizeErrorCode(undefined)).toBeUndefined();
  });

  it('takes the x-amzn-errortype header first (any case), then code (any case), then __type', () => {
    const r = (headers: Record<string, string>) => ({
      statusCode: 400,
      headers,
    });
    expect(errorCodeOf(r({ 'X-Amzn-Errortype': 'A' }), { code: 'B', __type: 'C' })).toBe('A');
    expect(errorCodeOf(r({}), { Code: 'B', __type: 'C' })).toBe('B');
    expect(errorCodeOf(r({}), { __type: 'ns#C' })).toBe('C');
    expect(errorCodeOf(r({}), {})).toBeUndefined();
  });

  it('takes the message from message/Message/errorMessage, else describes the failure', () => {
    expect(errorMessageOf({ Message: 'Hi' }, 'X', 400)).toBe('Hi');
    expect(errorMessageOf({ errorMessage: 'Hey' }, 'X', 400)).toBe('Hey');
    expect(errorMessageOf({}, 'X', 503)).toBe('X (HTTP 503)');
  });

  it('ServiceError is an Error carrying everything', () => {
    const e = new ServiceError({
      code: 'X',
      message: 'm',
      statusCode: 400,
      requestId: 'r',
      body: '{}',
      data: {},
      fault: 'client',
    });
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message, e.statusCode, e.requestId, e.body, e.fault]).toEqual([
      'X',
      'X',
      'm',
      400,
      'r',
      '{}',
      'client',
    ]);
  });
});

describe('http helpers', () => {
  it('finds headers whatever their case', () => {
    expect(headerValue({ 'X-Amzn-RequestId': 'id' }, 'x-amzn-requestid')).toBe('id');
    expect(headerValue({}, 'x')).toBeUndefined();
  });

  it('joins endpoint path and host prefix', () => {
    expect(requestUrl('https://example.com/custom', { path: '/' }).href).toBe('https://example.com/custom/');
    expect(requestUrl('https://example.com', { path: '/', hostPrefix: 'foo.bar.' }).href).toBe(
      'https://foo.bar.example.com/',
    );
  });

  it('counts UTF-8 bytes as Buffer does, with or without Buffer', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', maxLength: 1 }),
            fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
          ),
        }),
        (s) => {
          expect(byteLength(s)).toBe(Buffer.byteLength(s));
          expect(utf8Length(s)).toBe(Buffer.byteLength(s));
        },
      ),
    );
    expect(byteLength(new Uint8Array(3))).toBe(3);
    expect(bodyText(undefined)).toBe('');
    expect(bodyText(new TextEncoder().encode('é'))).toBe('é');
  });
});
