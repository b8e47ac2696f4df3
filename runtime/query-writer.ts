/**
 * Compiles shape descriptors into writers of the query form that the Query and EC2 protocols send
 * (`Action=...&Version=...&Key.member.1=value`): one function per shape, built once and cached, appending
 * percent-encoded `key=value` pairs. Query names lists `Key.member.N` (or the member's own name), maps
 * `Key.entry.N.key` / `.value`, both without the middle part when flattened; an empty list is sent as
 * `Key=`. EC2 always flattens lists, skips empty ones and names members by `queryName` or the capitalised
 * `locationName`. Members go out in the model's order; nulls and unknown members never do.
 */
import { isUnsafeKey, type ListDescriptor, type MapDescriptor, type MemberDescriptor, type ShapeTable } from './descriptors.js';
import { textWriter, type ToText } from './http-text.js';
import { percentEncode } from './uri.js';

/** Appends the pairs of `value` under `prefix` to `out` (each `key=value`, encoded). */
export type FormWriter = (value: any, prefix: string, out: string[]) => void;

export type FormDialect = 'query' | 'ec2';

interface Field {
  readonly name: string;
  readonly key: string;
  readonly token: boolean;
  write: FormWriter;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function scalarWriter(text: ToText): FormWriter {
  return (value, prefix, out) => {
    out.push(percentEncode(prefix) + '=' + percentEncode(text(value)));
  };
}

function structureWriter(fields: readonly Field[], randomId: () => string): FormWriter {
  return (value, prefix, out) => {
    if (typeof value !== 'object' || value === null) return;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      let x = hasOwn(value, f.name) ? value[f.name] : undefined;
      if (x == null) {
        if (!f.token) continue;
        x = randomId();
      }
      f.write(x, prefix === '' ? f.key : prefix + '.' + f.key, out);
    }
  };
}

/** `A.B.Old` -> `A.B.name`: a flattened list with a member name of its own takes that name (Query). */
function renamed(prefix: string, name: string): string {
  const dot = prefix.lastIndexOf('.');
  return dot < 0 ? name : prefix.slice(0, dot + 1) + name;
}

/**
 * `named`: the member has a locationName of its own, which a flattened list keeps; otherwise the list
 * member's name replaces it (as the AWS SDKs do: SQS's `Entries` go out as `SendMessageBatchRequestEntry.N`).
 */
function listWriter(d: ListDescriptor, flattened: boolean, named: boolean, dialect: FormDialect, box: { w: FormWriter }): FormWriter {
  return (value, prefix, out) => {
    if (!Array.isArray(value)) return;
    if (value.length === 0) {
      if (dialect === 'query') out.push(percentEncode(prefix) + '=');
      return;
    }
    let base: string;
    if (dialect === 'ec2') base = prefix;
    else if (flattened) base = d.memberName !== undefined && !named ? renamed(prefix, d.memberName) : prefix;
    else base = prefix + '.' + (d.memberName ?? 'member');
    let n = 0;
    for (const x of value) if (x != null) box.w(x, base + '.' + ++n, out);
  };
}

function mapWriter(d: MapDescriptor, flattened: boolean, box: { w: FormWriter }): FormWriter {
  const keyName = d.keyName ?? 'key';
  const valueName = d.valueName ?? 'value';
  return (value, prefix, out) => {
    if (typeof value !== 'object' || value === null) return;
    const base = flattened ? prefix : prefix + '.entry';
    let n = 0;
    for (const key of Object.keys(value)) {
      const x = value[key];
      if (x == null || isUnsafeKey(key)) continue;
      const entry = base + '.' + ++n + '.';
      out.push(percentEncode(entry + keyName) + '=' + percentEncode(key));
      box.w(x, entry + valueName, out);
    }
  };
}

/** Form writers for one shape table, compiled on first use. */
export class FormWriters {
  private readonly cache = new Map<string, FormWriter>();

  constructor(
    private readonly table: ShapeTable,
    private readonly dialect: FormDialect,
    private readonly randomId: () => string = () => crypto.randomUUID(),
  ) {}

  /**
   * The writer of `ref`; `flattened` applies to a list or map the member marks flattened, `named` when the
   * member has a locationName of its own.
   */
  writer(ref: string, flattened = false, named = false): FormWriter {
    const key = ref + (flattened ? ' flat' : '') + (named ? ' named' : '');
    const known = this.cache.get(key);
    if (known) return known;
    const d = hasOwn(this.table, ref) ? this.table[ref] : undefined;
    if (d === undefined || d.type === 'timestamp') {
      if (d === undefined && !ref.startsWith('$')) throw new Error(`shapegen runtime: no descriptor for shape ${ref}`);
      return this.remember(key, scalarWriter(textWriter(this.table, ref, undefined, 'iso8601')));
    }
    const box: { w: FormWriter } = { w: () => undefined };
    switch (d.type) {
      case 'list':
        this.remember(key, listWriter(d, flattened || d.flattened === true, named, this.dialect, box));
        box.w = this.writer(d.member);
        return this.cache.get(key)!;
      case 'map':
        this.remember(key, mapWriter(d, flattened || d.flattened === true, box));
        box.w = this.writer(d.value);
        return this.cache.get(key)!;
      case 'structure': {
        const fields: Field[] = [];
        this.remember(key, structureWriter(fields, this.randomId));
        for (const m of d.members) fields.push(this.field(m));
        return this.cache.get(key)!;
      }
    }
  }

  private field(m: MemberDescriptor): Field {
    const key = this.dialect === 'ec2' ? (m.query ?? m.wire ?? m.name) : (m.wire ?? m.name);
    const write =
      m.timestampFormat !== undefined
        ? scalarWriter(textWriter(this.table, m.shape, m, 'iso8601'))
        : this.writer(m.shape, m.flattened === true, m.wire !== undefined);
    return { name: m.name, key, token: m.idempotencyToken === true, write };
  }

  private remember(key: string, w: FormWriter): FormWriter {
    this.cache.set(key, w);
    return w;
  }
}
