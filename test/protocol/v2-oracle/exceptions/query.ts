/** Known differences of the Query protocol (and of EC2, which shares its XML). See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const FORM = /^(query|ec2)$/;

/** Whether a value holds an empty byte array somewhere. */
function hasEmptyBytes(v: unknown): boolean {
  if (v instanceof Uint8Array) return v.byteLength === 0;
  if (Array.isArray(v)) return v.some(hasEmptyBytes);
  return typeof v === 'object' && v !== null && Object.values(v).some(hasEmptyBytes);
}

export const QUERY: readonly Exception[] = [
  {
    id: 'query-response-metadata',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\.ResponseMetadata$/,
    when: (d: Found) => FORM.test(d.protocol) && d.ours === undefined && typeof d.theirs === 'object',
    reason:
      'v2 adds `ResponseMetadata: { RequestId }` to every Query output (protocol/query.js extractData); the request id is ' +
      'not a member of the output shape: shapegen gives it on errors and leaves it out of outputs, as v3 puts it in `$metadata`.',
  },
  {
    id: 'xml-map-empty-key',
    kind: 'v2-bug',
    check: 'response',
    path: /^output\..*\.(\s*|null)$/,
    when: (d: Found) => FORM.test(d.protocol) && ((/\.\s*$/.test(d.path) && d.theirs === undefined) || (d.path.endsWith('.null') && d.ours === undefined)),
    reason:
      'A map entry whose key is empty or only whitespace (`<key></key>`): v2 reads the key as null and files the value under `"null"` ' +
      '(xml/node_parser.js parseMap, an empty element parses to null); botocore and shapegen keep the key `""`.',
  },
  {
    id: 'xml-empty-blob',
    kind: 'v2-behaviour',
    check: 'response',
    path: /^output\./,
    when: (d: Found) => FORM.test(d.protocol) && d.ours instanceof Uint8Array && d.ours.byteLength === 0 && d.theirs === null,
    reason:
      'An empty blob element (`<Content></Content>`): v2 gives null (xml/node_parser.js, an empty element is null before ' +
      'base64 decoding); botocore (b"") and shapegen give no bytes.',
  },
  {
    id: 'xml-empty-blob-throws',
    kind: 'v2-bug',
    check: 'response',
    path: /^output$/,
    when: (d: Found) => FORM.test(d.protocol) && /TypeError: Cannot read properties of null \(reading 'length'\)/.test(JSON.stringify(d.theirs)) && hasEmptyBytes(d.ours),
    reason:
      'An empty blob element inside a structure (IAM VirtualMFADevice\'s Base32StringSeed): v2 reads it as null and then ' +
      'throws decoding it (a TypeError on null.length) instead of giving an output; botocore (b"") and shapegen give no bytes.',
  },
  {
    id: 'form-iso8601-millis',
    kind: 'v2-behaviour',
    check: 'request',
    path: /^body\./,
    when: (d: Found) => {
      if (!FORM.test(d.protocol) || typeof d.ours !== 'string' || typeof d.theirs !== 'string') return false;
      const ours = decodeURIComponent(d.ours);
      return /\.\d{3}Z$/.test(ours) && ours.replace(/\.\d{3}Z$/, 'Z') === decodeURIComponent(d.theirs);
    },
    reason:
      'A timestamp parameter with milliseconds: v2 drops the fraction (util.date.iso8601); botocore ' +
      '(_timestamp_iso8601 keeps microseconds when there are any) and shapegen send the instant given.',
  },
  {
    id: 'query-empty-flattened-list-name',
    kind: 'v2-behaviour',
    protocol: 'query',
    check: 'request',
    path: /^body\.[^.]+$/,
    when: (d: Found) => {
      const input = (d.input ?? {}) as Record<string, unknown>;
      const emptyList = (k: string) => Array.isArray(input[k]) && (input[k] as unknown[]).length === 0;
      const name = d.path.slice('body.'.length);
      if (d.ours === '' && d.theirs === undefined) return emptyList(name);
      return d.ours === undefined && d.theirs === '' && Object.keys(input).some(emptyList);
    },
    reason:
      'An empty flattened list whose items have a locationName (SQS AddPermission `AWSAccountIds`, items `AWSAccountId`; ' +
      'SendMessageBatch `Entries`, items `SendMessageBatchRequestEntry`): v2 sends the items\' name, `AWSAccountId=` ' +
      '(query/query_param_serializer.js serializeList); botocore (QuerySerializer._serialize_type_list: an empty list is ' +
      '`<prefix>=`, before the flattened renaming) sends `AWSAccountIds=`, and so does shapegen.',
  },
  {
    id: 'presigned-source-region',
    kind: 'v2-behaviour',
    check: 'request',
    path: /^(body|throws)/,
    when: (d: Found) => FORM.test(d.protocol) && /^(RDS|EC2)$/.test(d.service) && typeof (d.input as { SourceRegion?: unknown } | undefined)?.SourceRegion === 'string',
    reason:
      'RDS and EC2 copies with a SourceRegion (CopyDBSnapshot, CopySnapshot...): v2 presigns the request for the source region ' +
      'into PreSignedUrl/PresignedUrl and drops SourceRegion (services/rds.js buildCrossRegionPresignedUrl, services/ec2.js ' +
      'buildCopySnapshotPresignedUrl; they throw for a SourceRegion that is no region), a customization the model does not imply ' +
      '(botocore handlers.py inject_presigned_url_rds and inject_presigned_url_ec2 do the same; see FINDINGS.md).',
  },
  {
    id: 'presigned-source-region-response',
    kind: 'not-compared',
    check: 'response',
    path: /^output$/,
    when: (d: Found) =>
      FORM.test(d.protocol) && /^(RDS|EC2)$/.test(d.service) && typeof (d.input as { SourceRegion?: unknown } | undefined)?.SourceRegion === 'string' &&
      /ConfigError|Invalid URL/.test(JSON.stringify(d.theirs)),
    reason: 'The same customization fails before v2 reads the response (a SourceRegion that is no region): there is no v2 output to compare.',
  },
];
