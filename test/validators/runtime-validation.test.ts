/** runtime/validation.ts, the helper the generated validators import. */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaDir } from '../../generator/paths.js';
import { compilePattern } from '../../generator/validate/patterns.js';
import { blobByteLength, codePointLength, isBlob, isTimestamp, patternRegExp, toProblems, withoutCaptures } from '../../runtime/validation.js';
import { loadService } from './load-validators.js';

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

  it('turn capturing groups into non-capturing ones, and nothing else', () => {
    expect(withoutCaptures('^s3://[a-z](/.*)?$')).toBe('^s3://[a-z](?:/.*)?$');
    expect(withoutCaptures('^a(b(c))d$')).toBe('^a(?:b(?:c))d$');
    expect(withoutCaptures('[(]x(?:y)(?<n>z)(?=q)(?!r)(?<=s)\\(')).toBe('[(]x(?:y)(?<n>z)(?=q)(?!r)(?<=s)\\(');
    expect(withoutCaptures('[\\](](x)')).toBe('[\\](](?:x)');
    expect(withoutCaptures('^(a|b)\\1$')).toBe('^(a|b)\\1$'); // a backreference keeps its groups
  });

  it('test exactly what the model pattern tests (every Voice ID pattern, matching and random strings)', () => {
    const service = loadService(join(schemaDir, 'voiceid.yaml'));
    const patterns = [...new Set([...service.shapes.values()].map((s) => (s.type === 'string' ? s.pattern : undefined)).filter((p) => p !== undefined))];
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) {
      const c = compilePattern(p);
      if (c.mode === 'unsupported') continue;
      const original = new RegExp(c.source, c.flags);
      const ours = patternRegExp(c.source, c.flags);
      const strings = fc.oneof(fc.stringMatching(original), fc.string({ unit: 'binary' }), fc.string());
      fc.assert(fc.property(strings, (s) => ours.test(s) === original.test(s)), { numRuns: 60 });
    }
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
