/**
 * Compiles shape descriptors into writers of the query form that the Query and EC2 protocols send
 * (`Action=...&Version=...&Key.member.1=value`): one function per shape, built once and cached, appending
 * percent-encoded `key=value` pairs. Query names lists `Key.member.N` (or the member's own name), maps
 * `Key.entry.N.key` / `.value`, both without the middle part when flattened; an empty list is sent as
 * `Key=`. EC2 always flattens lists, skips empty ones and names members by `queryName` or the capitalised
 * `locationName`. Members go out in the model's order; nulls and unknown members never do.
 */
import { hasOwn, isUnsafeKey, type ListDescriptor, type MapDescriptor, type MemberDescriptor, type ShapeTable } from './descriptors.js';
import { textWriter, type ToText } from './http-text.js';
import { FormKey } from './form-keys.js';
import { MemberIndex } from './present-members.js';
import { percentEncode } from './uri.js';

export { FormKey } from './form-keys.js';

/**
 * The pairs of `value` under `key`, each `&key=value` (encoded), `''` when there is none. Keys come from
 * the operation's tree of remembered keys (form-keys.ts): each is encoded and flattened once, so a pair
 * costs its value's encoding and two pieces of the form. The form is one string grown by concatenation (a
 * V8 rope, flattened once when it is sent) rather than an array of pairs joined.
 */
export type FormWriter = (value: any, key: FormKey) => string;

export type FormDialect = 'query' | 'ec2';

interface Field {
  readonly name: string;
  /** The member's key, encoded. */
  readonly key: string;
  readonly token: boolean;
  write: FormWriter;
}


function scalarWriter(text: ToText): FormWriter {
  return (value, key) => key.head + percentEncode(text(value));
}

/** A structure's pairs in the model's order, its members found from the value's own keys (present-members.ts). */
function structureWriter(fields: readonly Field[], randomId: () => string): FormWriter {
  // Made on first use: `fields` is filled after the writer is remembered (a structure may hold itself).
  let members: MemberIndex | undefined;
  return (value, key) => {
    if (typeof value !== 'object' || value === null) return '';
    members ??= new MemberIndex(
      fields.map((f) => f.name),
      fields.map((f) => f.token),
    );
    const found = members.present(value, randomId);
    let out = '';
    for (let k = 0; k < found.length; k += 2) {
      const i = found[k] as number;
      const f = fields[i];
      out += f.write(found[k + 1], key.child(i) ?? key.add(i, key.text === '' ? f.key : key.text + '.' + f.key));
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
 * The items' keys hang under child 0 of the list's key (its base, `Key.member`) unless the base is the
 * list's key itself (EC2, a flattened list keeping its name).
 */
function listWriter(d: ListDescriptor, flattened: boolean, named: boolean, dialect: FormDialect, box: { w: FormWriter }): FormWriter {
  const memberName = d.memberName === undefined ? undefined : percentEncode(d.memberName);
  const sameBase = dialect === 'ec2' || (flattened && (memberName === undefined || named));
  const baseOf = (prefix: string) => (flattened ? renamed(prefix, memberName!) : prefix + '.' + (memberName ?? 'member'));
  return (value, key) => {
    if (!Array.isArray(value)) return '';
    if (value.length === 0) return dialect === 'query' ? key.head : '';
    const base = sameBase ? key : (key.child(0) ?? key.add(0, baseOf(key.text)));
    let n = 0;
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      if (x == null) continue;
      n++;
      out += box.w(x, base.child(n) ?? base.add(n, base.text + '.' + n));
    }
    return out;
  };
}

/** Entry N's key is `Key.entry.N` (`Key.N` flattened); its children 0 and 1 are `.key` and `.value`. */
function mapWriter(d: MapDescriptor, flattened: boolean, box: { w: FormWriter }): FormWriter {
  const keyName = '.' + percentEncode(d.keyName ?? 'key');
  const valueName = '.' + percentEncode(d.valueName ?? 'value');
  const entries = flattened ? '.' : '.entry.';
  return (value, key) => {
    if (typeof value !== 'object' || value === null) return '';
    let n = 0;
    let out = '';
    for (const k of Object.keys(value)) {
      const x = value[k];
      if (x == null || isUnsafeKey(k)) continue;
      n++;
      const entry = key.child(n) ?? key.add(n, key.text + entries + n);
      const name = entry.child(0) ?? entry.add(0, entry.text + keyName);
      out += name.head + percentEncode(k) + box.w(x, entry.child(1) ?? entry.add(1, entry.text + valueName));
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
    return { name: m.name, key, token: m.idempotencyToken === true, write };
  }

  private remember(key: string, w: FormWriter): FormWriter {
    this.cache.set(key, w);
    return w;
  }
}
