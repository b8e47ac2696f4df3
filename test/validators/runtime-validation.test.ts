/** runtime/validation.ts, the helper the generated validators import. */
import { describe, expect, it } from 'vitest';
import { blobByteLength, codePointLength, isBlob, isTimestamp, toProblems } from '../../runtime/validation.js';

describe('runtime validation helpers', () => {
  it('count code points: astral characters once, lone surrogates once', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength('a😀b😀')).toBe(4);
    expect(codePointLength('\ud83d')).toBe(1);
    expect(codePointLength('\ude00\ud83d')).toBe(2);
    expect(codePointLength('x\ud83d')).toBe(2);
    for (const s of ['é', '𝄞𝄞', 'a\u0301', '\u{10ffff}z']) expect(codePointLength(s)).toBe([...s].length);
  });

  it('know blobs and their byte lengths', () => {
    expect(isBlob(new Uint8Array(2))).toBe(true);
    expect(isBlob(Buffer.from('hi'))).toBe(true);
    expect(isBlob('aGk=')).toBe(true);
    expect(isBlob('')).toBe(true);
    expect(isBlob('aGk')).toBe(false);
    expect(isBlob('a b=')).toBe(false);
    expect(isBlob([1])).toBe(false);
    expect(blobByteLength('aGk=')).toBe(2);
    expect(blobByteLength('aA==')).toBe(1);
    expect(blobByteLength('AAAA')).toBe(3);
    expect(blobByteLength(new Uint8Array(7))).toBe(7);
  });

  it('know timestamps', () => {
    expect(isTimestamp(new Date(0))).toBe(true);
    expect(isTimestamp(new Date('x'))).toBe(false);
    expect(isTimestamp(0)).toBe(false);
  });

  it('turn raw errors into problems: paths, messages, one problem per wrongly typed value', () => {
    const root = { a: 5, m: { 'k/x': 1 } };
    const problems = toProblems(
      [
        { instancePath: '', keyword: 'required', params: { missingProperty: 'b~c' } },
        { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'zz' } },
        { instancePath: '/a', keyword: 'type', params: { type: 'string' } },
        { instancePath: '/a', keyword: 'enum', params: { allowedValues: ['X', 'Y'] } },
        { instancePath: '/m', keyword: 'cpMaxLength', params: { limit: 1 }, propertyName: 'k/x' },
        { instancePath: '/m', keyword: 'propertyNames', params: { propertyName: 'k/x' } },
        { instancePath: '/n', keyword: 'minItems', params: { limit: 1 } },
      ],
      root,
    );
    expect(problems).toEqual([
      { path: '/b~0c', message: 'is required', rule: 'required' },
      { path: '/zz', message: 'is not a member of this structure', rule: 'unknownMember' },
      { path: '/a', message: 'must be a string (got number)', rule: 'type' },
      { path: '/m/k~1x', message: 'key must be at most 1 character long', rule: 'key.maxLength' },
      { path: '/n', message: 'must have at least 1 item', rule: 'minItems' },
    ]);
    expect(toProblems(null, root)).toEqual([]);
  });
});
