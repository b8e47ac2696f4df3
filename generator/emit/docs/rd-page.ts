/** The Rd rendering of an operation page (what roxygen wrote from the reference's documentation). */
import type { OperationPage } from './page-model.js';
import { rdText, rdVerb } from './rd-escape.js';
import type { Templates } from './templates.js';

/** A code block as roxygen writes a fenced block: a `sourceCode` div around `\preformatted`. */
export function rdCodeBlock(code: string): string {
  return `\\if{html}{\\out{<div class="sourceCode">}}\\preformatted{${rdVerb(code)}\n}\\if{html}{\\out{</div>}}`;
}

function argumentText(required: boolean, rd: string): string {
  return required ? `[required]${rd === '' ? '' : ' ' + rd}` : rd;
}

/** R code in `\examples{}`: R-like text, so `%`, backslashes and braces are escaped. */
function rdExamples(code: string): string {
  return code.replace(/[\\%{}]/g, (c) => '\\' + c);
}

export function renderRdPage(page: OperationPage, templates: Templates): string {
  return templates.get('operation.Rd')({
    prefix: page.prefix,
    topic: page.topic,
    title: rdText(page.titleWrapped),
    usage: rdText(page.usage),
    arguments: page.arguments?.map((a) => ({ name: rdText(a.name), text: argumentText(a.required, a.doc.rd) })),
    value: page.value === undefined ? 'An empty list.' : `A list with the following syntax:\n\n${rdCodeBlock(page.value)}`,
    description: page.description.rd,
    request: page.request === undefined ? undefined : rdCodeBlock(page.request),
    examples: page.examples === undefined ? undefined : rdExamples(page.examples),
  });
}
