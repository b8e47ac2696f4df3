/**
 * The document tree the docs read: the shared HTML reader's tree (`generator/html/tree.ts`) after the
 * reference's clean-ups (`clean.ts`), so that anchors are resolved links and no `div`, `term` or `a` is left.
 */
export type { Block, Inline } from '../../html/tree.js';
export { isTight } from '../../html/tree.js';
