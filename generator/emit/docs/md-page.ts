/** The Markdown rendering of an operation page (Rd2HTML + pandoc `markdown_strict`, as published). */
import type { OperationPage } from './page-model.js';
import { argumentRow, strictBlocks, strictEscapeWords } from './md-strict.js';
import type { DocConverter } from './convert.js';
import { rLikeView } from './rd-escape.js';

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

export function renderMdPage(page: OperationPage, conv: DocConverter): string {
  return conv.cache.template('operation.md')({
    topic: page.topic,
    title: strictEscapeWords(page.title),
    description: strictBlocks(page.description.view),
    usage: indentCode(page.usage),
    arguments: page.arguments?.map((a, i) => argumentRow(page.topic, a.name, conv.argumentCell(a.doc, a.required), i % 2 === 0)),
    value: page.value === undefined ? 'An empty list.' : `A list with the following syntax:\n\n${indentCode(page.value)}`,
    request: page.request === undefined ? undefined : indentCode(page.request),
    examples: page.examples === undefined ? undefined : dontrunView(rLikeView(page.examples)),
  });
}
