import { describe, expect, it } from 'vitest';
import type { ShapeTable } from '../../runtime/descriptors.js';
import { JsonReaders, readNumber } from '../../runtime/json-reader.js';

const table: ShapeTable = {
  Out: {
    type: 'structure',
    members: [
      { name: 'Name', shape: '$string' },
      { name: 'Count', shape: '$number' },
      { name: 'On', shape: '$boolean' },
      { name: 'At', shape: '$timestamp' },
      { name: 'Iso', shape: 'Iso' },
      { name: 'Data', shape: '$blob' },
      { name: 'Doc', shape: '$document' },
      { name: 'Renamed', wire: 'wire_name', shape: '$string' },
      { name: 'Tags', shape: 'Tags' },
      { name: 'Names', shape: 'Names' },
      { name: 'Child', shape: 'Out' },
      { name: 'constructor', shape: '$string' },
    ],
  },
  Iso: { type: 'timestamp', format: 'iso8601' },
  Tags: { type: 'map', value: '$string' },
  Names: { type: 'list', member: '$string' },
};
const read = new JsonReaders(table).reader('Out');
const parse = (text: string) => read(JSON.parse(text)) as Record<string, any>;

describe('JSON reader', () => {
  it('reads each kind of member into typed values', () => {
    const out = parse(
      '{"Name":"n","Count":1.5,"On":true,"At":946845296.123,"Iso":"2019-12-16T22:48:18-01:00","Data":"YmluYXJ5LXZhbHVl",' +
        '"Doc":{"a":[1,{"b":null}]},"wire_name":"r","Tags":{"k":"v"},"Names":["x"],"Child":{"Name":"c"}}',
    );
    expect(out).toEqual({
      Name: 'n',
      Count: 1.5,
      On: true,
      At: new Date(946845296123),
      Iso: new Date(Date.UTC(2019, 11, 16, 23, 48, 18)),
      Data: new TextEncoder().encode('binary-value'),
      Doc: { a: [1, { b: null }] },
      Renamed: 'r',
      Tags: { k: 'v' },
      Names: ['x'],
      Child: { Name: 'c' },
    });
    expect(out.Data).toBeInstanceOf(Uint8Array);
  });

  it('drops nulls, unknown keys and __type', () => {
    expect(parse('{"Name":null,"Count":null,"__type":"x#Out","Other":1,"Names":["a",null]}')).toEqual({ Names: ['a'] });
  });

  it('reads NaN and the infinities from their strings', () => {
    expect(parse('{"Count":"NaN"}').Count).toBeNaN();
    expect(parse('{"Count":"-Infinity"}').Count).toBe(-Infinity);
    expect(readNumber('x')).toBeUndefined();
  });

  it('never lets __proto__-style keys into outputs, nor pollutes prototypes', () => {
    const out = parse(
      '{"__proto__":{"polluted":true},"Tags":{"__proto__":{"polluted":true},"constructor":"c","ok":"v"},"Doc":{"__proto__":{"polluted":true},"x":1}}',
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out.Tags)).toEqual(['constructor', 'ok']); // `constructor` is data, an own property
    expect(Object.getOwnPropertyDescriptor(out.Tags, 'constructor')?.value).toBe('c');
    expect(Object.getPrototypeOf(out.Tags)).toBe(Object.prototype);
    expect(Object.keys(out.Doc)).toEqual(['x']);
    expect(({} as any).polluted).toBeUndefined();
    expect('polluted' in out).toBe(false);
  });

  it('reads a member named like an inherited property only from the body', () => {
    expect(parse('{}')).toEqual({});
    expect(parse('{"constructor":"own"}')).toEqual({ constructor: 'own' });
  });

  it('ignores values of the wrong kind instead of passing them through', () => {
    expect(parse('{"Name":{"x":1},"Tags":[1],"Names":{"a":1},"Child":"str"}')).toEqual({});
  });

  it('throws on an unparseable timestamp or blob', () => {
    expect(() => parse('{"At":"not a date"}')).toThrow(/Invalid timestamp/);
    expect(() => parse('{"Data":"***"}')).toThrow(/base64/);
  });
});
