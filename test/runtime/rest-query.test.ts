import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { treeHash } from '../../runtime/checksum.js';
import type { ShapeTable } from '../../runtime/descriptors.js';
import { ServiceError } from '../../runtime/errors.js';
import { Ec2Protocol } from '../../runtime/ec2.js';
import { QueryProtocol } from '../../runtime/query.js';
import { RestJsonProtocol } from '../../runtime/rest-json.js';
import { RestXmlProtocol } from '../../runtime/rest-xml.js';

class NoSuchKeyError extends ServiceError {}

const s3: ShapeTable = {
  PutObjectRequest: {
    type: 'structure',
    payload: 'Body',
    stream: true,
    members: [
      { name: 'Bucket', shape: '$string', location: 'uri' },
      { name: 'Key', shape: '$string', location: 'uri' },
      { name: 'Metadata', shape: 'Metadata', location: 'headers', wire: 'x-amz-meta-' },
      { name: 'Body', shape: '$blob' },
    ],
  },
  GetObjectOutput: {
    type: 'structure',
    payload: 'Body',
    stream: true,
    members: [
      { name: 'Body', shape: '$blob' },
      { name: 'ContentLength', shape: '$number', location: 'header', wire: 'Content-Length' },
    ],
  },
  Metadata: { type: 'map', value: '$string' },
  HeadObjectRequest: {
    type: 'structure',
    members: [
      { name: 'Bucket', shape: '$string', location: 'uri' },
      { name: 'SSECustomerKey', shape: '$blob', location: 'header', wire: 'x-amz-server-side-encryption-customer-key' },
      { name: 'SSECustomerKeyMD5', shape: '$string', location: 'header', wire: 'x-amz-server-side-encryption-customer-key-MD5' },
    ],
  },
  DeleteRequest: {
    type: 'structure',
    payload: 'Delete',
    members: [
      { name: 'Bucket', shape: '$string', location: 'uri' },
      { name: 'Delete', shape: 'Delete', wire: 'Delete' },
    ],
  },
  Delete: { type: 'structure', members: [{ name: 'Quiet', shape: '$boolean' }] },
  NoSuchKey: { type: 'structure', members: [{ name: 'Key', shape: '$string' }] },
  GetBucketLocationOutput: { type: 'structure', members: [{ name: 'LocationConstraint', shape: '$string' }] },
};

const glacierShapes: ShapeTable = {
  UploadArchiveInput: {
    type: 'structure',
    payload: 'body',
    stream: true,
    members: [
      { name: 'v', shape: '$string', location: 'uri' },
      { name: 'checksum', shape: '$string', location: 'header', wire: 'x-amz-sha256-tree-hash' },
      { name: 'body', shape: '$blob' },
    ],
  },
};

const xml = new RestXmlProtocol({ shapes: s3, errors: { NoSuchKey: { ctor: NoSuchKeyError, shape: 'NoSuchKey' } } });

describe('REST runtime', () => {
  it('passes a streaming body through, marks the bucket, writes prefix headers without __proto__', () => {
    const stream = new ReadableStream<Uint8Array>();
    const put = xml.operation({ method: 'PUT', uri: '/{Bucket}/{Key+}', input: 'PutObjectRequest', bucket: 'Bucket' });
    const meta: Record<string, string> = { a: '1' };
    Object.defineProperty(meta, '__proto__', { value: 'x', enumerable: true });
    const request = put.serialize({ Bucket: 'b', Key: 'dir/k y', Metadata: meta, Body: stream });
    expect(request.path).toBe('/b/dir/k%20y');
    expect(request.bucket).toBe('b');
    expect(request.body).toBe(stream);
    expect(request.headers).toEqual({ 'x-amz-meta-a': '1', 'Content-Type': 'application/octet-stream' });
  });

  it('applies bound members in the model order whatever the order of the input, and keeps a header the input set', () => {
    const table: ShapeTable = {
      In: {
        type: 'structure',
        payload: 'Body',
        members: [
          { name: 'Type', shape: '$string', location: 'header', wire: 'content-TYPE' },
          { name: 'A', shape: '$string', location: 'header', wire: 'x-a' },
          { name: 'Meta', shape: 'Metadata', location: 'headers', wire: 'x-m-' },
          { name: 'Id', shape: '$string', location: 'uri' },
          { name: 'Q', shape: '$number', location: 'querystring', wire: 'q' },
          { name: 'Body', shape: '$string' },
        ],
      },
      Metadata: { type: 'map', value: '$string' },
    };
    const op = new RestXmlProtocol({ shapes: table, errors: {} }).operation({ method: 'PUT', uri: '/{Id}', input: 'In' });
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, String(i)]));
    for (let round = 0; round < 2; round++) {
      const request = op.serialize({ Body: 'text', Q: 2, Meta: many, Id: 'a/b', A: 'x', Type: 'text/csv' });
      expect(request.path).toBe('/a%2Fb?q=2');
      const names = Object.keys(request.headers);
      expect(names.slice(0, 2)).toEqual(['content-TYPE', 'x-a']);
      expect(names.filter((n) => n.startsWith('x-m-'))).toHaveLength(300); // past the remembered names too
      expect(request.headers['x-m-k299']).toBe('299');
      expect(request.headers['Content-Type']).toBeUndefined();
      expect(request.headers['Content-Length']).toBe('4');
    }
    expect(op.serialize({ Id: 'i', Body: 'text' }).headers['Content-Type']).toBe('text/plain');
  });

  it('puts a streaming response body into the member untouched', () => {
    const get = xml.operation({ method: 'GET', uri: '/{Bucket}/{Key+}', output: 'GetObjectOutput' });
    const body = new ReadableStream<Uint8Array>();
    expect(get.deserialize({ statusCode: 200, headers: { 'content-length': '5' }, body })).toEqual({ Body: body, ContentLength: 5 });
  });

  it('sets Content-MD5 of the body sent when the operation requires a checksum', () => {
    const del = xml.operation({ method: 'POST', uri: '/{Bucket}?delete', input: 'DeleteRequest', checksum: true });
    const request = del.serialize({ Bucket: 'b', Delete: { Quiet: true } });
    expect(request.path).toBe('/b?delete');
    expect(request.body).toBe('<Delete><Quiet>true</Quiet></Delete>');
    expect(request.headers['Content-MD5']).toBe(createHash('md5').update(request.body as string).digest('base64'));
  });

  it('fills an SSE-C key\'s MD5 that the input leaves out, keeps one it gives, and leaves the input as it was', () => {
    const head = xml.operation({ method: 'HEAD', uri: '/{Bucket}', input: 'HeadObjectRequest', keyDigests: [['SSECustomerKey', 'SSECustomerKeyMD5']] });
    const key = 'k'.repeat(32);
    const md5 = (bytes: string | Uint8Array) => createHash('md5').update(bytes).digest('base64');
    const input = { Bucket: 'b', SSECustomerKey: key };
    const headers = head.serialize(input).headers;
    expect(headers['x-amz-server-side-encryption-customer-key']).toBe(Buffer.from(key).toString('base64'));
    expect(headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(key));
    expect(input).toEqual({ Bucket: 'b', SSECustomerKey: key });
    const bytes = new Uint8Array(32).fill(7);
    expect(head.serialize({ Bucket: 'b', SSECustomerKey: bytes }).headers['x-amz-server-side-encryption-customer-key-MD5']).toBe(md5(bytes));
    expect(head.serialize({ Bucket: 'b', SSECustomerKey: key, SSECustomerKeyMD5: 'given' }).headers['x-amz-server-side-encryption-customer-key-MD5']).toBe('given');
    expect(head.serialize({ Bucket: 'b' }).headers).toEqual({});
    // Without the spec's pairs (any service but S3), nothing is derived.
    const plain = xml.operation({ method: 'HEAD', uri: '/{Bucket}', input: 'HeadObjectRequest' });
    expect(Object.keys(plain.serialize(input).headers)).toEqual(['x-amz-server-side-encryption-customer-key']);
  });

  it('reads a root holding only text as the member it is named after (S3 GetBucketLocation)', () => {
    const get = xml.operation({ method: 'GET', uri: '/{Bucket}?location', output: 'GetBucketLocationOutput' });
    const body = '<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>';
    expect(get.deserialize({ statusCode: 200, headers: {}, body })).toEqual({ LocationConstraint: 'eu-west-1' });
    expect(get.deserialize({ statusCode: 200, headers: {}, body: '<LocationConstraint/>' })).toEqual({});
  });

  it('throws the modeled error of an S3 <Error> with its members, request id and status', () => {
    const get = xml.operation({ method: 'GET', uri: '/{Bucket}/{Key+}', output: 'GetObjectOutput' });
    const body = '<Error><Code>NoSuchKey</Code><Message>gone</Message><Key>k</Key><RequestId>R1</RequestId></Error>';
    let thrown: any;
    try {
      get.deserialize({ statusCode: 404, headers: {}, body });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NoSuchKeyError);
    expect({ code: thrown.code, message: thrown.message, requestId: thrown.requestId, status: thrown.statusCode, data: thrown.data }).toEqual({
      code: 'NoSuchKey',
      message: 'gone',
      requestId: 'R1',
      status: 404,
      data: { Key: 'k' },
    });
    // A HEAD's body-less 404 is named by its status, as S3 clients name it.
    expect(() => get.deserialize({ statusCode: 404, headers: {}, body: '' })).toThrow(expect.objectContaining({ code: 'NotFound' }));
  });

  it('sends the service\'s fixed headers on every request, unless a bound member sets one (Glacier\'s version)', () => {
    const table: ShapeTable = {
      In: { type: 'structure', members: [{ name: 'Id', shape: '$string', location: 'uri' }, { name: 'Accept', shape: '$string', location: 'header', wire: 'Accept' }] },
    };
    const protocol = new RestJsonProtocol({ headers: { 'x-amz-glacier-version': '2012-06-01', Accept: 'application/json' }, shapes: table, errors: {} });
    const op = protocol.operation({ method: 'GET', uri: '/vaults/{Id}', input: 'In' });
    expect(op.serialize({ Id: 'v' }).headers).toEqual({ 'x-amz-glacier-version': '2012-06-01', Accept: 'application/json' });
    expect(op.serialize({ Id: 'v', Accept: 'text/plain' }).headers).toEqual({ 'x-amz-glacier-version': '2012-06-01', Accept: 'text/plain' });
  });

  it('computes Glacier\'s tree hash as the v2 SDK does, over one, several and an odd number of MiB', () => {
    const glacier = new (createRequire(import.meta.url)('aws-sdk').Glacier)({ region: 'us-east-1' });
    const MiB = 1 << 20;
    for (const size of [1, 1000, MiB, MiB + 1, 3 * MiB, 5 * MiB + 17]) {
      const body = new Uint8Array(size).map((_, i) => (i * 31 + (i >> 20)) & 255);
      expect(treeHash(body), `${size} bytes`).toBe(glacier.computeChecksums(Buffer.from(body)).treeHash);
    }
    expect(treeHash(new Uint8Array())).toBe(createHash('sha256').digest('hex'));
    const upload = new RestJsonProtocol({ shapes: glacierShapes, errors: {} }).operation({ method: 'POST', uri: '/{v}/archives', input: 'UploadArchiveInput', treeHash: true });
    expect(upload.serialize({ v: 'x', body: 'abc' }).headers['x-amz-sha256-tree-hash']).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(upload.serialize({ v: 'x', body: 'abc', checksum: 'given' }).headers['x-amz-sha256-tree-hash']).toBe('given');
    expect(upload.serialize({ v: 'x' }).headers['x-amz-sha256-tree-hash']).toBeUndefined();
  });

  it('REST-JSON never writes unknown members, nulls or __proto__ keys', () => {
    const table: ShapeTable = {
      In: { type: 'structure', members: [{ name: 'Id', shape: '$string', location: 'uri' }, { name: 'Tags', shape: 'Tags' }, { name: 'Note', shape: '$string' }] },
      Tags: { type: 'map', value: '$string' },
    };
    const op = new RestJsonProtocol({ shapes: table, errors: {} }).operation({ method: 'POST', uri: '/things/{Id}', input: 'In' });
    const tags = JSON.parse('{"__proto__": "x", "a": "1"}');
    const request = op.serialize({ Id: 'x', Tags: tags, Note: null, Extra: 'no' });
    expect(request.body).toBe('{"Tags":{"a":"1"}}');
    expect(request.headers['Content-Length']).toBe(String((request.body as string).length));
  });
});

describe('Query and EC2 runtime', () => {
  const table: ShapeTable = {
    In: {
      type: 'structure',
      members: [
        { name: 'Names', shape: 'Names' },
        { name: 'Attributes', shape: 'Attrs', flattened: true, wire: 'Attribute' },
        { name: 'Token', shape: '$string', idempotencyToken: true },
      ],
    },
    Names: { type: 'list', member: '$string' },
    Attrs: { type: 'map', value: '$string', keyName: 'Name', valueName: 'Value' },
    Out: { type: 'structure', members: [{ name: 'Id', shape: '$string', wire: 'id' }] },
  };

  it('writes the Query form in model order, no __proto__ key, the token filled', () => {
    const q = new QueryProtocol({ version: '2012-11-05', shapes: table, errors: {} }, () => 'tok');
    const attrs = JSON.parse('{"__proto__": "x", "a": "1 2"}');
    const request = q.operation({ wireName: 'Do', input: 'In' }).serialize({ Attributes: attrs, Names: ['x'], Extra: 'no' });
    expect(request.body).toBe('Action=Do&Version=2012-11-05&Names.member.1=x&Attribute.1.Name=a&Attribute.1.Value=1%202&Token=tok');
    expect(request.headers['Content-Type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
  });

  it('reads the result in its wrapper, and EC2 errors with their request id', () => {
    const q = new QueryProtocol({ version: 'v', shapes: table, errors: {} });
    const out = q.operation({ wireName: 'Do', output: 'Out', resultWrapper: 'DoResult' }).deserialize({
      statusCode: 200,
      headers: {},
      body: '<DoResponse><DoResult><id>1</id></DoResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DoResponse>',
    });
    expect(out).toEqual({ Id: '1' });
    const ec2 = new Ec2Protocol({ version: 'v', shapes: table, errors: {} });
    const body = '<Response><Errors><Error><Code>InvalidID</Code><Message>bad</Message></Error></Errors><RequestID>R2</RequestID></Response>';
    expect(() => ec2.operation({ wireName: 'Do', output: 'Out' }).deserialize({ statusCode: 400, headers: {}, body })).toThrow(
      expect.objectContaining({ code: 'InvalidID', message: 'bad', requestId: 'R2', statusCode: 400 }),
    );
  });
});
