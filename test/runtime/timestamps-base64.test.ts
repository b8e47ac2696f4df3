import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWithAtob, encodeWithBtoa, fromBase64, toBase64 } from '../../runtime/base64.js';
import { formatTimestamp, parseTimestamp, toDate } from '../../runtime/timestamps.js';

describe('timestamps', () => {
  const d = new Date(Date.UTC(2000, 0, 2, 20, 34, 56));
  it('formats epoch seconds (with fractions), ISO 8601 and RFC 822', () => {
    expect(formatTimestamp(d, 'unixTimestamp')).toBe('946845296');
    expect(formatTimestamp(new Date(946845296123), 'unixTimestamp')).toBe('946845296.123');
    expect(formatTimestamp(d, 'iso8601')).toBe('"2000-01-02T20:34:56Z"');
    expect(formatTimestamp(new Date(946845296123), 'iso8601')).toBe('"2000-01-02T20:34:56.123Z"');
    expect(formatTimestamp(d, 'rfc822')).toBe('"Sun, 02 Jan 2000 20:34:56 GMT"');
    expect(() => formatTimestamp(new Date(NaN), 'iso8601')).toThrow(/Invalid Date/);
  });

  it('parses every wire form', () => {
    expect(parseTimestamp(946845296)).toEqual(d);
    expect(parseTimestamp('946845296.5')).toEqual(new Date(946845296500));
    expect(parseTimestamp('2000-01-02T20:34:56Z')).toEqual(d);
    expect(parseTimestamp('2000-01-02T20:34:56.123456Z')).toEqual(new Date(946845296123));
    expect(parseTimestamp('2019-12-17T00:48:18+01:00')).toEqual(new Date(Date.UTC(2019, 11, 16, 23, 48, 18)));
    expect(parseTimestamp('Sun, 02 Jan 2000 20:34:56 GMT')).toEqual(d);
    expect(() => parseTimestamp('yesterday')).toThrow(/Invalid timestamp/);
  });

  it('round-trips any millisecond date through each format', () => {
    const dates = fc.date({
      min: new Date(0),
      max: new Date(4102444800000),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        expect(parseTimestamp(JSON.parse(formatTimestamp(date, 'unixTimestamp')))).toEqual(date);
        expect(parseTimestamp(JSON.parse(formatTimestamp(date, 'iso8601')))).toEqual(date);
        const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
        expect(parseTimestamp(JSON.parse(formatTimestamp(seconds, 'rfc822')))).toEqual(seconds);
      }),
    );
  });

  it('accepts epoch seconds and strings where a Date is expected', () => {
    expect(toDate(946845296)).toEqual(d);
    expect(toDate('2000-01-02T20:34:56Z')).toEqual(d);
    expect(() => toDate({})).toThrow(TypeError);
  });
});

describe('base64', () => {
  it('round-trips any bytes and agrees with Buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(toBase64(bytes))).toEqual(new Uint8Array(bytes));
        expect(encodeWithBtoa(bytes)).toBe(toBase64(bytes));
        expect(decodeWithAtob(toBase64(bytes).replace(/=+$/, ''))).toEqual(new Uint8Array(bytes));
      }),
    );
  });
  it('encodes strings as their UTF-8 bytes, accepts missing padding, rejects other characters', () => {
    expect(toBase64('binary-value')).toBe('YmluYXJ5LXZhbHVl');
    expect(toBase64('é')).toBe('w6k=');
    expect(new TextDecoder().decode(fromBase64('Zm9v'))).toBe('foo');
    expect(new TextDecoder().decode(fromBase64('Zm8'))).toBe('fo');
    expect(() => fromBase64('Zm9v!')).toThrow(/base64/);
  });
});
