/** TSDoc for a declaration: the model's documentation as Markdown, and `@deprecated` when the model says so. */
import type { JSDocStructure, OptionalKind } from 'ts-morph';
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

/** The JSDoc structures for ts-morph; empty when there is nothing to say. */
export function tsDoc(src: DocSource): OptionalKind<JSDocStructure>[] {
  const parts = [htmlToMarkdown(src.documentation), ...(src.notes ?? [])].filter((p) => p !== '');
  const description = escapeDocText(parts.join('\n\n'));
  const tags = src.deprecated
    ? [{ tagName: 'deprecated', text: escapeDocText(htmlToMarkdown(src.deprecatedMessage ?? '')) || undefined }]
    : [];
  if (description === '' && tags.length === 0) return [];
  return [{ description: description === '' ? undefined : description, tags }];
}

/** A doc comment as ts-morph prints one (for statements written as text beside its structures). */
export function jsDocText(docs: readonly OptionalKind<JSDocStructure>[]): string {
  return docs
    .map((doc) => {
      const description = typeof doc.description === 'string' ? doc.description : '';
      const tags = (doc.tags ?? []).map((t) => `@${t.tagName}${typeof t.text === 'string' && t.text !== '' ? ` ${t.text}` : ''}`);
      const lines = [...(description === '' ? [] : description.split('\n')), ...tags.flatMap((t) => t.split('\n'))];
      if (lines.length === 1) return `/** ${lines[0]} */\n`;
      return `/**\n${lines.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`;
    })
    .join('');
}
