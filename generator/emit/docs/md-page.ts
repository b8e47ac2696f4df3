/** The Markdown rendering of an operation page (Rd2HTML + pandoc `markdown_strict`, as published). */
import { pageBlocks } from './page-view.js';
import type { OperationPage } from './page-model.js';
import { argumentRow, strictBlocks, strictEscape } from './md-strict.js';
import type { Templates } from './templates.js';

/** An indented (4 spaces) code block. */
export function indentCode(code: string): string {
  return code
    .split('\n')
    .map((l) => (l === '' ? '' : '    ' + l))
    .join('\n');
}

/** The examples as R's help page shows `\dontrun{}` code. */
export function dontrunView(code: string): string {
  return indentCode(`## Not run: \n${code}\n\n## End(Not run)`);
}

export function renderMdPage(page: OperationPage, templates: Templates): string {
  return templates.get('operation.md')({
    topic: page.topic,
    title: strictEscape(page.title),
    description: strictBlocks(pageBlocks(page.description.blocks)),
    usage: indentCode(page.usage),
    arguments: page.arguments?.map((a, i) => argumentRow(page.topic, a.name, a.required, a.doc.blocks, i % 2 === 0)),
    value: page.value === undefined ? 'An empty list.' : `A list with the following syntax:\n\n${indentCode(page.value)}`,
    request: page.request === undefined ? undefined : indentCode(page.request),
    examples: page.examples === undefined ? undefined : dontrunView(page.examples),
  });
}
