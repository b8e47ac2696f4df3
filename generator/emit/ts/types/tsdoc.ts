/** TSDoc for a declaration: the model's documentation as Markdown, and `@deprecated` when the model says so. */
import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { Block } from '../../../html/tree.js';
import { htmlToMarkdown } from './html-markdown.js';

/** Text that cannot end the comment early or be read as a TSDoc tag or inline tag. */
export function escapeDocText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\s)@(?=[A-Za-z])/g, '$1\\@')
    .replace(/\{@/g, '{\\@');
}

export interface DocSource {
  readonly documentation: string;
  readonly deprecated: boolean;
  readonly deprecatedMessage?: string;
  /** Sentences added after the documentation (e.g. a union's rule). */
  readonly notes?: readonly string[];
}

/** HTML documentation -> Markdown, for one file's comments. */
export type ToMarkdown = (html: string) => string;

/**
 * `htmlToMarkdown` remembering what it converted, for one file: a model repeats its documentation strings
 * (a shared member's, a common sentence), Glue's types 2,795 times for 1,959 strings. `read`: the model's
 * reader of HTML (`ModelIndex.html`), which the other emitters share.
 */
export function markdownOnce(read?: (html: string) => readonly Block[]): ToMarkdown {
  const done = new Map<string, string>();
  return (html) => {
    let md = done.get(html);
    if (md === undefined) done.set(html, (md = htmlToMarkdown(html, read)));
    return md;
  };
}

/** The JSDoc structures for ts-morph; empty when there is nothing to say. */
export function tsDoc(src: DocSource, markdown: ToMarkdown = htmlToMarkdown): OptionalKind<JSDocStructure>[] {
  const parts = [markdown(src.documentation), ...(src.notes ?? [])].filter((p) => p !== '');
  const description = escapeDocText(parts.join('\n\n'));
  const tags = src.deprecated
    ? [{ tagName: 'deprecated', text: escapeDocText(markdown(src.deprecatedMessage ?? '')) || undefined }]
    : [];
  if (description === '' && tags.length === 0) return [];
  return [{ description: description === '' ? undefined : description, tags }];
}

/**
 * The text inside a doc comment: the description, then each tag on a line of its own, as ts-morph's printer
 * works it out from a structure. Handed to ts-morph as this string, the printer copies it as it is instead of
 * laying it out on a writer of its own (a new writer per comment was a third of the types' printing time).
 */
export function docText(doc: OptionalKind<JSDocStructure>): string {
  const description = typeof doc.description === 'string' ? doc.description : '';
  const tags = (doc.tags ?? []).map((t) => `@${t.tagName}${typeof t.text === 'string' && t.text !== '' ? ` ${t.text}` : ''}`);
  return [...(description === '' ? [] : [description]), ...tags].join('\n');
}

/** The TSDoc of a declaration as the comment texts ts-morph prints (see `docText`). */
export function tsDocTexts(src: DocSource, markdown: ToMarkdown = htmlToMarkdown): string[] {
  return tsDoc(src, markdown).map(docText);
}

/** A doc comment as ts-morph prints one (for statements written as text beside its structures). */
export function jsDocText(docs: readonly OptionalKind<JSDocStructure>[]): string {
  return docs
    .map((doc) => {
      const lines = docText(doc).split('\n');
      if (lines.length === 1) return `/** ${lines[0]} */\n`;
      return `/**\n${lines.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`;
    })
    .join('');
}
