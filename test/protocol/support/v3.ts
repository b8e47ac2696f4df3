/**
 * The official AWS SDK for JavaScript v3 Voice ID client as an oracle: requests are captured by a
 * request handler that never sends, responses are whatever the test hands it.
 */
import * as voiceid from '@aws-sdk/client-voice-id';
import { NormalizedSchema } from '@smithy/core/schema';

export interface CapturedRequest {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

export interface FakeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export class V3Oracle {
  private captured?: CapturedRequest;
  private next: FakeResponse = {
    statusCode: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{}',
  };
  readonly client = new voiceid.VoiceIDClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: any) => {
        this.captured = { method: request.method, path: request.path, body: request.body, headers: request.headers };
        const r = this.next;
        return {
          response: {
            statusCode: r.statusCode,
            headers: r.headers,
            body: new TextEncoder().encode(r.body),
          },
        };
      },
    } as any,
  });

  private command(operation: string, input: unknown): any {
    const Command = (voiceid as any)[`${operation}Command`];
    if (!Command) throw new Error(`@aws-sdk/client-voice-id has no ${operation}Command`);
    return new Command(input);
  }

  /** The request v3 builds for `input`. */
  async request(operation: string, input: unknown): Promise<CapturedRequest> {
    this.captured = undefined;
    await this.client.send(this.command(operation, input));
    return this.captured!;
  }

  /** What v3 makes of a response: the output (without `$metadata`) or the error it throws. */
  async response(operation: string, response: FakeResponse): Promise<{ output?: unknown; error?: any }> {
    this.next = response;
    try {
      const { $metadata: _m, ...output } = await this.client.send(this.command(operation, {}));
      return { output };
    } catch (error) {
      return { error };
    } finally {
      this.next = {
        statusCode: 200,
        headers: { 'content-type': 'application/x-amz-json-1.0' },
        body: '{}',
      };
    }
  }

  /** `value` with its keys in the order of v3's (Smithy) schema of the operation's input, recursively. */
  inSchemaOrder(operation: string, value: unknown): unknown {
    return reorder(NormalizedSchema.of(this.command(operation, {}).schema[4]), value);
  }
}

function reorder(ns: NormalizedSchema, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return value;
  if (ns.isListSchema() && Array.isArray(value)) return value.map((v) => reorder(ns.getValueSchema(), v));
  if (ns.isMapSchema()) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reorder(ns.getValueSchema(), v)]));
  }
  if (!ns.isStructSchema()) return value;
  const out: Record<string, unknown> = {};
  for (const [name, member] of ns.structIterator()) {
    if (name in value) out[name] = reorder(member, (value as Record<string, unknown>)[name]);
  }
  // Keys v3 does not know (none for valid inputs) keep their place at the end.
  for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
  return out;
}
