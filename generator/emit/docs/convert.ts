/**
 * One service's documentation strings -> converted documentation (tree, intermediate Markdown, Rd), cached
 * per string: member documentation repeats a lot across operations.
 */
import type { DocsService as IRService } from './docs-service.js';
import type { Block } from './ast.js';
import { convertBlocks, type Converted } from './blocks-rd.js';
import { readHtml, type OpLinks } from './html-read.js';
import { firstSentence } from './plain.js';
import { stripForbidden } from './rd-escape.js';
import { boldHeadings } from './page-view.js';

export interface Doc extends Converted {
  readonly blocks: readonly Block[];
}

const EMPTY: Doc = { blocks: [], md: '', rd: '' };

/** HTML -> blocks, as the reference read it (text not starting with `<` is read as a body). */
export function readDoc(html: string, links: OpLinks): Block[] {
  const docs = html.trim();
  if (docs === '') return [];
  return readHtml(docs.startsWith('<') ? docs : `<body>${docs}</body>`, links);
}

export class DocConverter {
  private readonly cache = new Map<string, Doc>();
  readonly links: OpLinks;

  constructor(service: IRService) {
    const byName = new Map<string, { topic: string; rName: string }>();
    for (const op of service.operations) byName.set(op.name, { topic: op.rTopic, rName: op.snakeName });
    this.links = { get: (name) => byName.get(name) };
  }

  /** Converts with the description rules (headings as subsections) or the argument rules (headings bold). */
  convert(html: string, mode: 'description' | 'argument'): Doc {
    if (html.trim() === '') return EMPTY;
    const key = mode[0] + html;
    let doc = this.cache.get(key);
    if (!doc) {
      const blocks = boldHeadings(readDoc(html, this.links), mode);
      doc = { blocks, ...convertBlocks(blocks, mode) };
      this.cache.set(key, doc);
    }
    return doc;
  }

  /** The title of an operation page: the first sentence, or the operation's name in words. */
  title(html: string, snakeName: string): string {
    const sentence = stripForbidden(firstSentence(this.convert(html, 'description').blocks)).replace(/ +/g, ' ').trim();
    if (sentence !== '') return sentence;
    const words = snakeName.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
}
