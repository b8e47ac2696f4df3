import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinHeaderList, splitHeaderList, splitHttpDateList } from '../../runtime/headers.js';
import { appendQuery, compileUri, percentEncode, percentEncodePath } from '../../runtime/uri.js';

describe('uri', () => {
  it('percent-encodes everything but the unreserved characters', () => {
    expect(percentEncode(" %:/?#[]@!$&'()*+,;=😹-._~")).toBe(
      '%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9-._~',
    );
    expect(percentEncodePath('a b/c+d/')).toBe('a%20b/c%2Bd/');
  });

  it("percent-encodes any text as encodeURIComponent does, with !'()* escaped too", () => {
    const reference = (t: string) => encodeURIComponent(t).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (t) => {
        expect(percentEncode(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (t) => {
        expect(percentEncode(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
    expect(percentEncode('abc')).toBe('abc');
    expect(percentEncode('é/x')).toBe('%C3%A9%2Fx');
    expect(() => percentEncode('a\ud800b')).toThrow(URIError);
  });

  it('fills labels and greedy labels, keeps the literal query and refuses a missing label', () => {
    const t = compileUri('/{Bucket}/{Key+}?uploads&x=1');
    expect(t.labels).toEqual(['Bucket', 'Key']);
    expect(t.query).toBe('uploads&x=1');
    expect(t.path({ Bucket: 'my bucket', Key: 'a/b c/d' })).toBe('/my%20bucket/a/b%20c/d');
    expect(() => t.path({ Bucket: 'b' })).toThrow(/URI label Key is required/);
    expect(compileUri('/ReDosLiteral/{str}/(a+)+').path({ str: 'x' })).toBe('/ReDosLiteral/x/(a+)+');
    // A label named like an Object.prototype member is looked up as an own property only.
    expect(() => compileUri('/{constructor}').path({})).toThrow(/constructor/);
  });

  it('appends encoded pairs', () => {
    expect(appendQuery(appendQuery('', 'a b', 'c&d'), 'e', '')).toBe('a%20b=c%26d&e=');
  });
});

describe('list headers', () => {
  it('quotes items holding a comma or a double quote, and splits them back', () => {
    const header = joinHeaderList(['b,c', '"def"', 'a'], true);
    expect(header).toBe('"b,c", "\\"def\\"", a');
    expect(splitHeaderList(header)).toEqual(['b,c', '"def"', 'a']);
  });

  it('round-trips any list of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => s.trim() === s && s !== '')), (items) => {
        expect(splitHeaderList(joinHeaderList(items, true))).toEqual(items.length === 0 ? [''] : items);
      }),
    );
  });

  it('splits HTTP dates two commas at a time', () => {
    const d = 'Mon, 16 Dec 2019 23:48:18 GMT';
    expect(splitHttpDateList(`${d}, ${d}`)).toEqual([d, d]);
  });
});
