/** The emitters `generate` runs, in order. Each is a pure function of the IR. */
import type { Emitter } from './types.js';
import { typesEmitter } from './ts/types/emitter.js';
import { validatorsEmitter } from './ts/validators/emitter.js';
import { packageEmitter } from './ts/package/emitter.js';
import { protocolEmitter } from './ts/protocol/index.js';
import { runtimeFilesEmitter } from './ts/runtime-files/index.js';
import { docsEmitter } from './docs/index.js';
import { clientEmitter } from './ts/client/index.js';

export const emitters: readonly Emitter[] = [
  packageEmitter,
  typesEmitter,
  validatorsEmitter,
  protocolEmitter,
  clientEmitter,
  runtimeFilesEmitter,
  docsEmitter,
];
