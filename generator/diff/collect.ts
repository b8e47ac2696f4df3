/** Gathers findings into API changes: one per (kind, subject, message), with every location it reaches. */
import { severityOf, rank, worst, type ApiChange, type ChangeKind, type Location } from './changes.js';

interface Entry {
  kind: ChangeKind;
  subject: string;
  message: string;
  locations: Map<string, Location>;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class ChangeCollector {
  private readonly entries = new Map<string, Entry>();

  add(kind: ChangeKind, subject: string, message: string, location?: Location): void {
    const key = `${kind}\u0000${subject}\u0000${message}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { kind, subject, message, locations: new Map() };
      this.entries.set(key, entry);
    }
    if (location) entry.locations.set(`${location.operation}\u0000${location.direction}\u0000${location.path}`, location);
  }

  /** Sorted: breaking first, then by subject, kind and message; locations by operation, direction, path. */
  changes(): ApiChange[] {
    const out: ApiChange[] = [];
    for (const e of this.entries.values()) {
      const locations = [...e.locations.values()].sort(
        (a, b) => byText(a.operation, b.operation) || byText(a.direction, b.direction) || byText(a.path, b.path),
      );
      const severity = locations.length > 0 ? worst(locations.map((l) => severityOf(e.kind, l.direction))) : severityOf(e.kind);
      out.push({ severity, kind: e.kind, subject: e.subject, message: e.message, locations });
    }
    return out.sort(
      (a, b) => rank(a.severity) - rank(b.severity) || byText(a.subject, b.subject) || byText(a.kind, b.kind) || byText(a.message, b.message),
    );
  }
}
