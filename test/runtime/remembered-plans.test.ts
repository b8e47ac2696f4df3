/**
 * The serializers remember per operation what they derived from earlier requests (the query form's keys,
 * the last input's sequence of keys, the header names of a prefix map). Whatever was remembered, a request
 * must come out exactly as a fresh protocol, which has remembered nothing, writes it.
 */
import { describe, expect, it } from 'vitest';
import type { ShapeTable } from '../../runtime/descriptors.js';
import { QueryProtocol } from '../../runtime/query.js';
import { RestJsonProtocol } from '../../runtime/rest-json.js';

const query: ShapeTable = {
  In: {
    type: 'structure',
    members: [
      { name: 'Url', shape: '$string' },
      { name: 'Entries', shape: 'Entries', flattened: true },
      { name: 'Tags', shape: 'Tags' },
      { name: 'Token', shape: '$string', idempotencyToken: true },
    ],
  },
  Entries: { type: 'list', member: 'Entry', memberName: 'Entry' },
  Entry: {
    type: 'structure',
    members: [
      { name: 'Id', shape: '$string' },
      { name: 'Body', shape: '$string' },
      { name: 'Delay', shape: '$number' },
      { name: 'Children', shape: 'Entries' },
      { name: 'toString', shape: '$string' },
    ],
  },
  Tags: { type: 'map', value: 'Names' },
  Names: { type: 'list', member: '$string' },
};

const rest: ShapeTable = {
  In: {
    type: 'structure',
    members: [
      { name: 'Name', shape: '$string', location: 'uri' },
      { name: 'Kind', shape: '$string', location: 'header', wire: 'X-Kind' },
      { name: 'Meta', shape: 'Meta', location: 'headers', wire: 'x-meta-' },
      { name: 'Q', shape: '$string', location: 'querystring', wire: 'q' },
      { name: 'Params', shape: 'Meta', location: 'querystring' },
      { name: 'Note', shape: '$string' },
    ],
  },
  Meta: { type: 'map', value: '$string' },
};

const entry = (i: number, extra: Record<string, unknown> = {}) => ({ Id: `m-${i}`, Body: `{"n":${i}} (x)`, Delay: i, ...extra });

/** Inputs in changing orders and shapes, lists longer than what is remembered, nulls, inherited names. */
const queryInputs: unknown[] = [
  { Url: 'https://q/1', Entries: [entry(1), entry(2)] },
  { Entries: [entry(2), entry(1)], Url: 'https://q/2' },
  { Entries: [{ Delay: 3, Id: 'a', Body: null }, { Body: 'b' }], Tags: { t: ['x', 'y'] } },
  { Entries: Array.from({ length: 300 }, (_, i) => entry(i, i % 7 === 0 ? { Children: [entry(i)] } : {})) },
  { Tags: JSON.parse('{"__proto__": ["p"], "b": [], "a": ["1", null, "2"]}'), Token: null, Url: '' },
  { Entries: [Object.create({ Id: 'inherited' }), { toString: 'own' }, entry(9)] },
  { Url: 'https://q/1', Entries: [entry(1), entry(2)] },
];

const restInputs: unknown[] = [
  { Name: 'arn:aws:x', Kind: 'k', Meta: { a: '1', b: '2' }, Q: 'v w', Note: 'n' },
  { Meta: { b: '2', a: '1' }, Q: 'v', Name: 'n', Params: { q: 'dropped', r: "it's" } },
  { Name: 'n', Meta: JSON.parse('{"__proto__": "x", "c": "3"}'), Kind: null },
  { Name: 'n', Meta: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, String(i)])) },
  { Name: 'arn:aws:x', Kind: 'k', Meta: { a: '1', b: '2' }, Q: 'v w', Note: 'n' },
];

describe('remembered serializer plans', () => {
  it('Query: a request equals what a fresh protocol writes, whatever came before', () => {
    const spec = { version: '2012-11-05', shapes: query, errors: {} };
    const op = new QueryProtocol(spec, () => 'tok').operation({ wireName: 'Send', input: 'In' });
    for (let round = 0; round < 2; round++) {
      for (const input of queryInputs) {
        const fresh = new QueryProtocol(spec, () => 'tok').operation({ wireName: 'Send', input: 'In' });
        expect(op.serialize(input)).toEqual(fresh.serialize(input));
      }
    }
    const body = op.serialize(queryInputs[5]).body as string;
    expect(body).toContain('&Entry.2.toString=own&Entry.3.Id=m-9');
    expect(body).not.toContain('inherited');
  });

  it('REST: a request equals what a fresh protocol writes, whatever came before', () => {
    const spec = { shapes: rest, errors: {} };
    const opSpec = { method: 'POST', uri: '/things/{Name}', input: 'In' };
    const op = new RestJsonProtocol(spec).operation(opSpec);
    for (let round = 0; round < 2; round++) {
      for (const input of restInputs) expect(op.serialize(input)).toEqual(new RestJsonProtocol(spec).operation(opSpec).serialize(input));
    }
    const request = op.serialize(restInputs[1]);
    expect(request.path).toBe('/things/n?q=v&r=it%27s');
    expect(Object.keys(request.headers)).toEqual(['x-meta-b', 'x-meta-a', 'Content-Type', 'Content-Length']);
  });
});
