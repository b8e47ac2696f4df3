/** The emitters `generate` runs, in order. Each is a pure function of the IR. */
import type { Emitter } from './types.js';

export const emitters: readonly Emitter[] = [];
