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

/**
 * The pairs of `value` under `prefix`, each `&key=value` (encoded), `''` when there is none. The prefix is
 * built of parts encoded once, when the writer is compiled (member names, `member`, `entry`, indexes), so
 * it is never encoded again per pair. The form is one string grown by concatenation (a V8 rope, flattened
 * once when it is sent) rather than an array of pairs joined: that costs a third less per request.
 */
export type FormWriter = (value: any, prefix: string) => string;

export type FormDialect = 'query' | 'ec2';

interface Field {
  readonly name: string;
  readonly key: string;
  /** `.key`, appended to a prefix. */
  readonly dotted: string;
  readonly token: boolean;
  write: FormWriter;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function scalarWriter(text: ToText): FormWriter {
  return (value, prefix) => '&' + prefix + '=' + percentEncode(text(value));
}

function structureWriter(fields: readonly Field[], randomId: () => string): FormWriter {
  return (value, prefix) => {
    if (typeof value !== 'object' || value === null) return '';
    let out = '';
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      let x = hasOwn(value, f.name) ? value[f.name] : undefined;
      if (x == null) {
        if (!f.token) continue;
        x = randomId();
      }
      out += f.write(x, prefix === '' ? f.key : prefix + f.dotted);
    }
    return out;
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
  const memberName = d.memberName === undefined ? undefined : percentEncode(d.memberName);
  return (value, prefix) => {
    if (!Array.isArray(value)) return '';
    if (value.length === 0) return dialect === 'query' ? '&' + prefix + '=' : '';
    let base: string;
    if (dialect === 'ec2') base = prefix;
    else if (flattened) base = memberName !== undefined && !named ? renamed(prefix, memberName) : prefix;
    else base = prefix + '.' + (memberName ?? 'member');
    base += '.';
    let n = 0;
    let out = '';
    for (const x of value) if (x != null) out += box.w(x, base + ++n);
    return out;
  };
}

function mapWriter(d: MapDescriptor, flattened: boolean, box: { w: FormWriter }): FormWriter {
  const keyName = percentEncode(d.keyName ?? 'key');
  const valueName = percentEncode(d.valueName ?? 'value');
  return (value, prefix) => {
    if (typeof value !== 'object' || value === null) return '';
    const base = flattened ? prefix + '.' : prefix + '.entry.';
    let n = 0;
    let out = '';
    for (const key of Object.keys(value)) {
      const x = value[key];
      if (x == null || isUnsafeKey(key)) continue;
      const entry = base + ++n + '.';
      out += '&' + entry + keyName + '=' + percentEncode(key) + box.w(x, entry + valueName);
    }
    return out;
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
    const box: { w: FormWriter } = { w: () => '' };
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
    const key = percentEncode(this.dialect === 'ec2' ? (m.query ?? m.wire ?? m.name) : (m.wire ?? m.name));
    const write =
      m.timestampFormat !== undefined
        ? scalarWriter(textWriter(this.table, m.shape, m, 'iso8601'))
        : this.writer(m.shape, m.flattened === true, m.wire !== undefined);
    return { name: m.name, key, dotted: '.' + key, token: m.idempotencyToken === true, write };
  }

  private remember(key: string, w: FormWriter): FormWriter {
    this.cache.set(key, w);
    return w;
  }
}
