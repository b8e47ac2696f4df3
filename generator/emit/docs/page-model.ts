/**
 * Everything an operation page shows, computed once and read by the three renderings (Rd, Markdown,
 * text): names, title, usage, arguments with their converted documentation, the syntax blocks, examples.
 */
import type { DocsOperation as IROperation, DocsService as IRService } from './docs-service.js';
import { membersOf } from '../../ir/facts.js';
import { rArgName } from '../../names/names.js';
import type { DocConverter, Doc } from './convert.js';
import { examplesCode } from './examples.js';
import { requestSyntax, valueSyntax } from './shape-syntax.js';
import { titleLines, usageLine } from './usage.js';

export interface PageArgument {
  readonly name: string;
  readonly required: boolean;
  readonly doc: Doc;
}

export interface OperationPage {
  readonly prefix: string;
  readonly topic: string;
  readonly fileName: string;
  readonly snakeName: string;
  /** The heading of the text rendering (`Start Speaker Enrollment Job`). */
  readonly heading: string;
  /** The title on one line (plain text). */
  readonly title: string;
  /** The title wrapped at 72 columns (plain text, lines joined by `\n`). */
  readonly titleWrapped: string;
  readonly usage: string;
  /** Undefined when the operation has no input shape; empty when the input has no members. */
  readonly arguments?: readonly PageArgument[];
  readonly description: Doc;
  /** Undefined: the operation returns an empty list. */
  readonly value?: string;
  readonly request?: string;
  readonly examples?: string;
}

export function operationPage(service: IRService, op: IROperation, conv: DocConverter): OperationPage {
  const input = op.input === undefined ? undefined : service.shapes.get(op.input.target);
  const members = membersOf(input);
  const title = conv.title(op.documentation, op.snakeName);
  const description = conv.convert(op.documentation, 'description');
  return {
    prefix: service.prefix,
    topic: op.rTopic,
    fileName: op.rFileName,
    snakeName: op.snakeName,
    heading: op.heading,
    title,
    titleWrapped: titleLines(title),
    usage: usageLine(op.rTopic, members.map((m) => rArgName(m.name))),
    arguments: op.input === undefined ? undefined : members.map((m) => ({ name: m.name, required: m.required, doc: conv.convert(m.documentation, 'argument') })),
    description: description.rd === '' ? conv.convert(`<p>${escapeForHtml(title)}</p>`, 'description') : description,
    value: valueSyntax(service, op.output?.target),
    request: requestSyntax(service, op.input?.target, op.snakeName),
    examples: examplesCode(op.examples, op.snakeName),
  };
}

function escapeForHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
