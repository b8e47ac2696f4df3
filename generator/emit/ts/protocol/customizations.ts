/**
 * What botocore, the v2 SDK and v3 apply to a few services although their models do not say it, as data
 * for the runtime: headers every request of a service sends, S3 SSE-C's customer-key digests and Glacier's
 * tree hash. Without them a call to those services is refused (Glacier without its version header) or
 * needs the caller to do the work (hashing an SSE-C key).
 */
import { membersOf } from '../../../ir/facts.js';
import type { IROperation, IRService } from '../../../ir/types.js';

/** Whether the service is S3, whose `/{Bucket}` a client may move into the host. */
export function isS3(service: IRService): boolean {
  return service.metadata.signingName === 's3' || service.metadata.endpointPrefix === 's3';
}

/**
 * Headers every request sends unless the input sets them: API Gateway's `Accept` (v2 services/apigateway.js,
 * botocore `add_accept_header`, v3 middleware-sdk-api-gateway), Glacier's API version (v2
 * services/glacier.js, botocore `add_glacier_version`, v3 middleware-sdk-glacier).
 */
export function serviceHeaders(service: IRService): Record<string, string> | undefined {
  const { serviceId, endpointPrefix, apiVersion } = service.metadata;
  if (serviceId === 'API Gateway' && endpointPrefix === 'apigateway') return { Accept: 'application/json' };
  if (serviceId === 'Glacier' && endpointPrefix === 'glacier') return { 'x-amz-glacier-version': apiVersion };
  return undefined;
}

/** S3 SSE-C's input members holding a customer key, by prefix (`SSECustomerKey`, `SSECustomerKeyMD5`). */
const CUSTOMER_KEYS = ['SSECustomer', 'CopySourceSSECustomer'];

/**
 * S3 SSE-C (botocore `sse_md5`, v2 `computeSseCustomerKeyMd5`, v3's ssec middleware): the input members
 * holding a customer key, each with the member its MD5 goes in.
 */
export function keyDigests(service: IRService, op: IROperation): [string, string][] {
  if (!isS3(service) || !op.input) return [];
  const names = new Set(membersOf(service.shape(op.input.target)).map((m) => m.name));
  return CUSTOMER_KEYS.filter((p) => names.has(`${p}Key`) && names.has(`${p}KeyMD5`)).map((p) => [`${p}Key`, `${p}KeyMD5`]);
}

/** The header Glacier's uploads carry their body's tree hash in. */
const TREE_HASH_HEADER = 'x-amz-sha256-tree-hash';

/**
 * Glacier's uploads (UploadArchive, UploadMultipartPart): the body's SHA-256 tree hash goes in the member
 * bound to `x-amz-sha256-tree-hash` when the input leaves it out (v2 services/glacier.js, botocore
 * `add_glacier_checksums`, v3 middleware-sdk-glacier).
 */
export function treeHashed(service: IRService, op: IROperation): boolean {
  if (service.metadata.serviceId !== 'Glacier' || !op.input) return false;
  const shape = service.shape(op.input.target);
  const members = membersOf(shape);
  const hasPayload = members.some((m) => m.name === shape.traits.payload);
  return hasPayload && members.some((m) => m.location === 'header' && m.traits.locationName === TREE_HASH_HEADER);
}
