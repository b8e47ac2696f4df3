/** Known differences of REST-XML (S3, CloudFront, Route 53, S3 Control). See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

const S3 = /^S3(Control)?$/;

export const REST_XML: readonly Exception[] = [
  {
    id: 's3-content-type',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3',
    check: 'request',
    path: /^headers\.content-type$/,
    when: (d: Found) => d.theirs === 'application/octet-stream' && (d.ours === undefined || d.ours === '' || d.ours === 'application/xml' || d.ours === 'text/plain'),
    reason:
      'S3: v2 labels every request but a GET or HEAD `application/octet-stream`, bodiless or XML, and a ContentType given as `""` ' +
      'too (services/s3.js addContentType); ' +
      'botocore sends no Content-Type without a body, and shapegen, like v3 and the Smithy cases, sends `application/xml` with an ' +
      'XML body and `text/plain` with a string payload (PutBucketPolicy).',
  },
  {
    id: 'rest-xml-content-type',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    check: 'request',
    path: /^headers\.content-type$/,
    when: (d: Found) => d.ours === 'application/xml' && d.theirs === undefined,
    reason:
      'An XML request body: v2 sends no Content-Type (protocol/rest_xml.js); shapegen sends `application/xml`, as v3 does and the ' +
      'Smithy restXml cases expect.',
  },
  {
    id: 's3-sse-customer-key-md5',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3',
    check: 'request',
    path: /^headers\.x-amz-(copy-source-)?server-side-encryption-customer-key-md5$/,
    when: (d: Found) => typeof d.theirs === 'string' && Buffer.from(d.theirs, 'base64').byteLength === 16,
    reason:
      'S3 SSE-C: v2 replaces an `SSECustomerKeyMD5` the caller gave with the MD5 of the key (services/s3.js ' +
      'computeSseCustomerKeyMd5); shapegen, as botocore (handlers.py sse_md5), computes it only when the input leaves it out.',
  },
  {
    id: 's3-expect-continue',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3',
    check: 'request',
    path: /^headers\.expect$/,
    when: (d: Found) => d.ours === undefined && d.theirs === '100-continue',
    reason: 'S3: v2 adds `Expect: 100-continue` to some uploads (services/s3.js addExpect100Continue), a transport choice the model does not imply.',
  },
  {
    id: 's3-aborted-200',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3',
    operation: /^(CopyObject|CompleteMultipartUpload|UploadPartCopy)$/,
    check: 'response',
    path: /^output$/,
    when: (d: Found) => /S3 aborted request/.test(JSON.stringify(d.theirs)),
    reason:
      'S3 CopyObject, CompleteMultipartUpload, UploadPartCopy answered 200 with an empty body (the payload member absent): v2 ' +
      'calls that an aborted request (services/s3.js extractErrorFrom200Response); S3 always sends a body there, so the model ' +
      'leaves this open; shapegen gives the output the headers describe.',
  },
  {
    id: 'header-list-separator',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    check: 'request',
    path: /^headers\./,
    when: (d: Found) => typeof d.ours === 'string' && typeof d.theirs === 'string' && d.ours.split(', ').join(',') === d.theirs,
    reason:
      'A list in a header: v2 joins the items with `,`, shapegen with `, ` as the Smithy cases do (RestXmlInputAndOutputWithHeaders ' +
      'expects `a, b, c`); HTTP (RFC 9110 §5.6.1) reads both the same.',
  },
  {
    id: 's3control-outposts-endpoint',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3Control',
    check: 'request',
    path: /^hostPrefix$/,
    when: (d: Found) => String(d.theirs).includes('s3-outposts.'),
    reason:
      'S3 Control with an OutpostId: v2 sends the request to `s3-outposts.<region>.amazonaws.com` (services/s3control.js), ' +
      'an endpoint rule the model does not carry (v3 has it from the endpoint rule set); shapegen sends it to the endpoint given.',
  },
  {
    id: 's3-empty-content-md5',
    kind: 'v2-behaviour',
    protocol: 'rest-xml',
    service: 'S3',
    check: 'request',
    path: /^headers\.content-md5$/,
    when: (d: Found) => d.ours === '' && typeof d.theirs === 'string' && Buffer.from(d.theirs, 'base64').byteLength === 16,
    reason:
      'S3 with ContentMD5 given as `""`: v2 takes the empty header for none and computes one (event_listeners.js, ' +
      '`!req.httpRequest.headers["Content-MD5"]`); shapegen sends the value the caller gave.',
  },
  {
    id: 's3-event-stream-fed',
    kind: 'not-compared',
    protocol: 'rest-xml',
    service: 'S3',
    operation: 'SelectObjectContent',
    check: 'response',
    path: /^output$/,
    when: (d: Found) => /reading 'pipe'/.test(JSON.stringify(d.theirs)),
    reason:
      'S3 SelectObjectContent\'s event stream: v2 reads an event stream only from the HTTP response stream ' +
      '(protocol/rest_xml.js, util.createEventStream of `httpResponse.stream`), which a response fed to it does not have. ' +
      'shapegen hands the payload over as it came (bytes or the stream), undecoded: see FINDINGS.md.',
  },
];
