import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShapeTable } from '../../runtime/descriptors.js';
import { JsonWriters, lastWriteAscii, quote, writeJson, writeNumber } from '../../runtime/json-writer.js';

const table: ShapeTable = {
  Root: {
    type: 'structure',
    members: [
      { name: 'Name', shape: '$string' },
      { name: 'Count', shape: '$number' },
      { name: 'On', shape: '$boolean' },
      { name: 'At', shape: '$timestamp' },
      { name: 'Iso', shape: '$timestamp', timestampFormat: 'iso8601' },
      { name: 'Http', shape: 'HttpDate' },
      { name: 'Data', shape: '$blob' },
      { name: 'Doc', shape: '$document' },
      { name: 'Json', shape: '$string', jsonvalue: true },
      { name: 'Renamed', wire: 'wire_name', shape: '$string' },
      { name: 'Tags', shape: 'Tags' },
      { name: 'Names', shape: 'Names' },
      { name: 'Child', shape: 'Root' },
      { name: 'toString', shape: '$string' },
    ],
  },
  Token: {
    type: 'structure',
    members: [
      { name: 'Id', shape: '$string', idempotencyToken: true },
      { name: 'X', shape: '$number' },
    ],
  },
  HttpDate: { type: 'timestamp', format: 'rfc822' },
  Tags: { type: 'map', value: '$string' },
  Names: { type: 'list', member: '$string' },
};

const writers = new JsonWriters(table, () => 'fixed-uuid');
const root = writers.writer('Root');

describe('JSON writer', () => {
  it('quotes every string exactly as JSON.stringify does (escapes, lone surrogates, astral characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(quote(s)).toBe(JSON.stringify(s));
      }),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        }),
        (s) => {
          expect(quote(s)).toBe(JSON.stringify(s));
        },
      ),
    );
    expect(quote('\ud800x')).toBe('"\\ud800x"');
  });

  it('writes numbers as JSON.stringify does, and non-finite ones as strings', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(writeNumber(n)).toBe(JSON.stringify(n));
      }),
    );
    expect([NaN, Infinity, -Infinity].map(writeNumber)).toEqual(['"NaN"', '"Infinity"', '"-Infinity"']);
  });

  it('writes each kind of member', () => {
    const at = new Date(Date.UTC(2000, 0, 2, 20, 34, 56, 500));
    const out = root({
      Name: 'a"b',
      Count: 3,
      On: false,
      At: at,
      Iso: new Date(Date.UTC(2000, 0, 2, 20, 34, 56)),
      Http: at,
      Data: new TextEncoder().encode('binary-value'),
      Doc: { a: [1, null, { b: 'c' }] },
      Json: '{"x":1}',
      Renamed: 'r',
      Tags: { k: 'v' },
      Names: ['x', 'y'],
      Child: { Name: 'nested' },
    });
    expect(JSON.parse(out!)).toEqual({
      Name: 'a"b',
      Count: 3,
      On: false,
      At: 946845296.5,
      Iso: '2000-01-02T20:34:56Z',
      Http: 'Sun, 02 Jan 2000 20:34:56 GMT',
      Data: 'YmluYXJ5LXZhbHVl',
      Doc: { a: [1, null, { b: 'c' }] },
      Json: '{"x":1}',
      wire_name: 'r',
      Tags: { k: 'v' },
      Names: ['x', 'y'],
      Child: { Name: 'nested' },
    });
  });

  it('keeps the caller key order and leaves out unknown members, nulls and undefined', () => {
    expect(root({ Count: 1, Unknown: 'x', Name: 'n', On: null, At: undefined })).toBe('{"Count":1,"Name":"n"}');
  });

  it('never writes prototype keys: __proto__ members, map keys, inherited properties', () => {
    const evil = JSON.parse('{"__proto__":{"Name":"polluted"},"constructor":"c","Count":2}');
    expect(root(evil)).toBe('{"Count":2}');
    const tags = JSON.parse('{"__proto__":"x","constructor":"y","prototype":"z","ok":"v"}');
    // `constructor` and `prototype` are map keys like any other; `__proto__` never goes out.
    expect(root({ Tags: tags })).toBe('{"Tags":{"constructor":"y","prototype":"z","ok":"v"}}');
    const inherited = Object.create({ Name: 'from-prototype' });
    inherited.Count = 1;
    expect(root(inherited)).toBe('{"Count":1}');
    expect(root({ Doc: JSON.parse('{"__proto__":{"x":1},"y":2}') })).toBe('{"Doc":{"y":2}}');
    // `toString` is a modeled member here: only an own property counts.
    expect(root({})).toBe('{}');
    expect(root({ toString: 'own' })).toBe('{"toString":"own"}');
  });

  it('drops null list items and null map values, as the AWS SDKs do', () => {
    expect(root({ Names: ['a', null, 'b'], Tags: { a: null, b: 'x' } })).toBe('{"Names":["a","b"],"Tags":{"b":"x"}}');
  });

  it('fills a missing idempotency token, keeps a given one', () => {
    const token = writers.writer('Token');
    expect(token({ X: 1 })).toBe('{"X":1,"Id":"fixed-uuid"}');
    expect(token({ Id: 'mine', X: 1 })).toBe('{"Id":"mine","X":1}');
    expect(new JsonWriters(table).writer('Token')({})).toMatch(/^\{"Id":"[0-9a-f-]{36}"\}$/);
  });

  it('handles recursive shapes', () => {
    expect(root({ Child: { Child: { Child: { Count: 1 } } } })).toBe('{"Child":{"Child":{"Child":{"Count":1}}}}');
  });

  it('rejects a reference the table does not have', () => {
    expect(() => writers.writer('Missing')).toThrow(/no descriptor for shape Missing/);
  });

  it('agrees with JSON.stringify on random string/number/list structures', () => {
    const arb = fc.record(
      {
        Name: fc.string({ unit: 'binary' }),
        Count: fc.integer(),
        On: fc.boolean(),
        Names: fc.array(fc.string()),
        Tags: fc.dictionary(
          fc.string().filter((k) => k !== '__proto__'),
          fc.string(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (v) => {
        expect(root(v)).toBe(JSON.stringify(v));
      }),
    );
  });

  it('knows when a body is pure ASCII, so that its length is its byte length', () => {
    const arb = fc.record(
      { Name: fc.string({ unit: 'binary' }), Names: fc.array(fc.string({ unit: 'binary' })), Doc: fc.jsonValue() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (v) => {
        const text = writeJson(root, v)!;
        if (lastWriteAscii()) expect(Buffer.byteLength(text)).toBe(text.length);
      }),
    );
    expect([writeJson(root, { Name: 'abc' }), lastWriteAscii()]).toEqual(['{"Name":"abc"}', true]);
    expect([writeJson(root, { Name: 'é' }), lastWriteAscii()]).toEqual(['{"Name":"é"}', false]);
    const wide = new JsonWriters({ W: { type: 'structure', members: [{ name: 'K', wire: 'clé', shape: '$number' }] } });
    writeJson(wide.writer('W'), { K: 1 });
    expect(lastWriteAscii()).toBe(false);
  });
});
