/**
 * Every documentation link of a model: the `href` of each `<a>` in every `documentation` string (service,
 * operations, shapes, members, references), exactly as written, HTML entities decoded. The HTML is parsed
 * as the docs emitter parses it (`emit/docs/html-read.ts`: htmlparser2, same options, text that does not
 * start with `<` read as a body), so the hrefs are the keys the emitter looks up in a link map.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { loadModelFile } from '../load/load-model.js';
import { GeneratorSession } from '../context/session.js';
import type { Model } from '../model/types.js';
import { hasErrors, type ModelError } from '../validate/errors.js';

/** Cheap pre-check: a string without an `<a` tag holds no link and is not parsed. */
const MAY_HOLD_LINK = /<a[\s>/]/i;

/** The hrefs of one HTML documentation string, in document order (repeats kept). */
export function linksInHtml(html: string): string[] {
  const docs = html.trim();
  if (docs === '' || !MAY_HOLD_LINK.test(docs)) return [];
  const doc = parseDocument(docs.startsWith('<') ? docs : `<body>${docs}</body>`, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const out: string[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      if (n.name === 'a' && n.attribs.href !== undefined) out.push(n.attribs.href);
      walk(n.children);
    }
  };
  walk(doc.children);
  return out;
}

/** Every `documentation` string of the model (its sidecars hold no HTML documentation). */
function documentationStrings(model: Model): Set<string> {
  const docs = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'documentation' && typeof v === 'string') docs.add(v);
        else walk(v);
      }
    }
  };
  const { sidecars: _sidecars, ...rest } = model;
  walk(rest);
  return docs;
}

/** The distinct hrefs of one model, sorted by code unit. */
export function collectModelLinks(model: Model): string[] {
  const links = new Set<string>();
  for (const doc of documentationStrings(model)) for (const href of linksInHtml(doc)) links.add(href);
  return [...links].sort();
}

export interface CollectResult {
  /** Distinct hrefs of all the models, sorted by code unit. */
  readonly links: string[];
  /** Problems of the models (an invalid model contributes no link). */
  readonly problems: ModelError[];
}

/** Loads each model with the project's loader (YAML or AWS JSON) and collects the links of the valid ones. */
export function collectLinks(files: readonly string[], session: GeneratorSession = new GeneratorSession()): CollectResult {
  const links = new Set<string>();
  const problems: ModelError[] = [];
  for (const file of files) {
    const load = loadModelFile(file, session);
    problems.push(...load.problems);
    if (load.model && !hasErrors(load.problems)) for (const href of collectModelLinks(load.model)) links.add(href);
  }
  return { links: [...links].sort(), problems };
}
