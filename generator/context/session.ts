/**
 * What outlives one service: caches that make a many-model run fast (compiled templates, the ts-morph
 * project, formatted runtime copies, the model schema's compiled check). The caller owns the session and
 * decides its life: one per worker for a catalog run, a new one per `--watch` run after a template edit.
 * Nothing of this lives at module level, so two sessions never see each other's state.
 */
export class GeneratorSession {
  private readonly memo = new Map<string, unknown>();

  /** The value cached under `key`, made by `make` on first use in this session. */
  cached<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = make();
    this.memo.set(key, value);
    return value;
  }

  /** Forgets everything (templates edited under `--watch`). */
  clear(): void {
    this.memo.clear();
  }
}
