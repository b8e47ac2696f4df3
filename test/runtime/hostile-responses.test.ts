/** Hostile responses never escape as raw errors: every failure to read one is a typed ServiceError. */
import { describe, expect, it } from 'vitest';
import { AwsJsonProtocol } from '../../runtime/aws-json.js';
import { InvalidResponseError, ServiceError } from '../../runtime/errors.js';
import { parseTimestamp } from '../../runtime/timestamps.js';

const protocol = new AwsJsonProtocol({
  jsonVersion: '1.1',
  targetPrefix: 'X',
  shapes: {
    Out: { type: 'structure', members: [{ name: 'When', shape: '$timestamp' }, { name: 'Node', shape: 'Node' }] },
    Node: { type: 'structure', members: [{ name: 'Next', shape: 'Node' }] },
  },
  errors: {},
});
const op = protocol.operation<undefined, Record<string, unknown>>({ wireName: 'Get', output: 'Out' });
const ok = (body: string) => ({ statusCode: 200, headers: { 'x-amzn-requestid': 'req-1' }, body });

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('hostile responses', () => {
  it.each([
    ['a 2xx body that is not JSON', '<html>proxy error</html>'],
    ['a truncated body', '{"When": 1'],
    ['a timestamp of 1e400', '{"When": 1e400}'],
    ['a timestamp string of 1e400', '{"When": "1e400"}'],
    ['nesting too deep to read', '{"Node":' + '{"Next":'.repeat(200_000) + '{}' + '}'.repeat(200_001)],
  ])('%s is an InvalidResponseError (a ServiceError) with the raw body', (_what, body) => {
    const e = thrown(() => op.deserialize(ok(body)));
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e).toBeInstanceOf(ServiceError);
    expect((e as ServiceError).code).toBe('InvalidResponse');
    expect((e as ServiceError).body).toBe(body);
    expect((e as ServiceError).requestId).toBe('req-1');
  });

  it('parseTimestamp throws a RangeError for times a Date cannot hold, never an Invalid Date', () => {
    for (const v of [1e400, '1e400', 1e300, -1e300, '9'.repeat(400)]) expect(() => parseTimestamp(v)).toThrow(RangeError);
    expect(parseTimestamp(1e9).toISOString()).toBe('2001-09-09T01:46:40.000Z');
  });
});
