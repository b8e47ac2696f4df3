/** The emitters `generate` runs, in order. Each is a pure function of the IR. */
import type { Emitter } from './types.js';
import { protocolEmitter } from './ts/protocol/index.js';
import { runtimeFilesEmitter } from './ts/runtime-files/index.js';
import { docsEmitter } from './docs/index.js';

export const emitters: readonly Emitter[] = [
  protocolEmitter,
  runtimeFilesEmitter,
  docsEmitter,
];
