/**
 * One flat view of the traits any shape kind may carry, for code that compares shapes of unknown kind
 * (the API diff): what a kind does not have reads as absent.
 */
import type { IRMember, IRShape } from './types.js';

export interface ShapeFacts {
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly timestampFormat?: string;
  readonly errorCode?: string;
  readonly httpStatusCode?: number;
  readonly union: boolean;
  readonly document: boolean;
  readonly streaming: boolean;
}

export function shapeFacts(s: IRShape): ShapeFacts {
  const bounds = 'min' in s || 'max' in s ? { min: (s as { min?: number }).min, max: (s as { max?: number }).max } : {};
  switch (s.type) {
    case 'structure':
      return { errorCode: s.errorCode, httpStatusCode: s.httpStatusCode, union: s.union, document: s.document, streaming: false };
    case 'string':
      return { ...bounds, enum: s.enum, pattern: s.pattern, union: false, document: false, streaming: s.streaming };
    case 'blob':
      return { ...bounds, union: false, document: false, streaming: s.streaming };
    case 'timestamp':
      return { timestampFormat: s.timestampFormat, union: false, document: false, streaming: false };
    default:
      return { ...bounds, union: false, document: false, streaming: false };
  }
}

/** A structure's members; none for any other kind. */
export function membersOf(s: IRShape | undefined): readonly IRMember[] {
  return s !== undefined && s.type === 'structure' ? s.members : [];
}

/** The shapes one level below, each with the path step that reaches it (`name`, `[]`, `{key}`, `{}`). */
export function childSteps(s: IRShape): [target: string, step: string][] {
  switch (s.type) {
    case 'structure':
      return s.members.map((m) => [m.target, m.name]);
    case 'list':
      return [[s.member.target, '[]']];
    case 'map':
      return [
        [s.key.target, '{key}'],
        [s.value.target, '{}'],
      ];
    default:
      return [];
  }
}
