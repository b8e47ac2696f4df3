/**
 * One service's documentation strings -> converted documentation (tree, intermediate Markdown, Rd), cached
 * per string: member documentation repeats a lot across operations.
 */
import type { DocsService as IRService } from './docs-service.js';
import type { Block } from './ast.js';
import { convertBlocks, type Converted } from './blocks-rd.js';
import type { LinkMap } from '../../links/types.js';
import { readHtml } from '../../html/read.js';
import { strayLinkRefs } from './link-refs.js';
import { cleanBlocks, type OpLinks } from './clean.js';
import { firstSentence } from './plain.js';
import { stripForbidden } from './rd-escape.js';
import { boldHeadings, joinAdjacentLists, pageBlocks, trimDocEdges } from './page-view.js';
import { docCell } from './md-strict.js';
import type { DocsCache } from './templates.js';

export interface Doc extends Converted {
  readonly blocks: readonly Block[];
  /** The blocks as the rendered pages see them (`pageBlocks`). */
  readonly view: readonly Block[];
}

const EMPTY: Doc = { blocks: [], view: [], md: '', rd: '' };

/** Reads HTML into blocks (`ModelIndex.html` in a generation run, which remembers what it read). */
export type HtmlReader = (html: string) => readonly Block[];

/** HTML -> the tree as written (text not starting with `<` is read as a body, as the reference did). */
function readRaw(html: string, read: HtmlReader): readonly Block[] {
  const docs = html.trim();
  if (docs === '') return [];
  return read(docs.startsWith('<') ? docs : `<body>${docs}</body>`);
}

/** HTML -> blocks, as the reference read it after its clean-ups. */
export function readDoc(html: string, links: OpLinks, read: HtmlReader = readHtml): Block[] {
  return cleanBlocks(readRaw(html, read), links);
}

/**
 * The converter of one service's documentation, for one run of the docs emitter: documents are cached per
 * string and mode, argument cells per document; `cache` is the caller's per-run state (templates, code).
 */
export class DocConverter {
  private readonly docs = new Map<string, Doc>();
  private readonly cells = new Map<Doc, [string | undefined, string | undefined]>();
  readonly links: OpLinks;

  constructor(service: IRService, readonly cache: DocsCache, linkMap?: LinkMap, private readonly read: HtmlReader = readHtml) {
    const byName = new Map<string, { topic: string; rName: string }>();
    for (const op of service.operations) byName.set(op.name, { topic: op.rTopic, rName: op.snakeName });
    const urls = linkMap?.links;
    this.links = { get: (name) => byName.get(name), url: urls ? (href) => urls.get(href) : undefined };
  }

  /** Converts with the description rules (headings as subsections) or the argument rules (headings bold). */
  convert(html: string, mode: 'description' | 'argument'): Doc {
    if (html.trim() === '') return EMPTY;
    const key = mode[0] + html;
    let doc = this.docs.get(key);
    if (!doc) {
      const blocks = trimDocEdges(joinAdjacentLists(boldHeadings(readDoc(html, this.links, this.read), mode)));
      const converted = convertBlocks(blocks, mode, this.cache.isVerb);
      const stray = strayLinkRefs(converted.md);
      doc = stray ? this.fromBlocks([...blocks, stray], mode) : { blocks, view: pageBlocks(blocks, this.cache.isVerb), ...converted };
      this.docs.set(key, doc);
    }
    return doc;
  }

  /** A document made of some converted blocks. */
  fromBlocks(blocks: readonly Block[], mode: 'description' | 'argument' = 'description'): Doc {
    return { blocks, view: pageBlocks(blocks, this.cache.isVerb), ...convertBlocks(blocks, mode, this.cache.isVerb) };
  }

  /** An argument's documentation cell on the Markdown page (arguments share documentation across pages). */
  argumentCell(doc: Doc, required: boolean): string {
    let entry = this.cells.get(doc);
    if (!entry) this.cells.set(doc, (entry = [undefined, undefined]));
    return (entry[required ? 1 : 0] ??= docCell(doc.view, required));
  }

  /**
   * The title of an operation page: the first sentence, or the operation's name in words. The reference took
   * it from the documentation as written (pandoc's plain text of the raw HTML), so operation names stay as
   * they are written there.
   */
  title(html: string, snakeName: string): string {
    const sentence = stripForbidden(firstSentence(readRaw(html, this.read))).replace(/ +/g, ' ').trim();
    if (sentence !== '') return sentence;
    const words = snakeName.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
}
