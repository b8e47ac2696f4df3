import { describe, expect, it } from 'vitest';
import type { ShapeTable } from '../../runtime/descriptors.js';
import { parseXml, XmlSyntaxError } from '../../runtime/xml-parse.js';
import { XmlReaders } from '../../runtime/xml-reader.js';
import { XmlWriters } from '../../runtime/xml-writer.js';

const table: ShapeTable = {
  Thing: {
    type: 'structure',
    members: [
      { name: 'Name', shape: '$string' },
      { name: 'Kind', shape: '$string', wire: 'kind', attribute: true },
      { name: 'Tags', shape: 'Tags' },
      { name: 'Items', shape: 'Items', flattened: true, wire: 'Item' },
      { name: 'When', shape: '$timestamp' },
      { name: 'Count', shape: '$number' },
    ],
  },
  Tags: { type: 'map', value: '$string', keyName: 'K', valueName: 'V' },
  Items: { type: 'list', member: '$string' },
};

describe('xml-parse', () => {
  it('decodes XML entities and CDATA, drops namespace prefixes from element names', () => {
    const root = parseXml('<?xml version="1.0"?><s3:R xmlns:s3="u" a="&quot;1&quot;"><B>&amp;&#xD;&#10;&lt;<![CDATA[<c>]]></B></s3:R>');
    expect(root.name).toBe('R');
    expect(root.attributes.a).toBe('"1"');
    expect(root.children[0].text).toBe('&\r\n<<c>');
  });

  it('refuses a DOCTYPE: no entity of the input is ever expanded', () => {
    expect(() => parseXml('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]><r>&a;&a;</r>')).toThrow(XmlSyntaxError);
  });

  it('refuses too deep a nesting quickly, and text without an element', () => {
    const start = Date.now();
    expect(() => parseXml('<a>'.repeat(100_000))).toThrow(/deeper than 200/);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(() => parseXml('just text')).toThrow(/no element/);
  });

  it('never lets a __proto__ attribute through', () => {
    const root = parseXml('<r __proto__="x" constructor="y" ok="z"/>');
    expect(Object.keys(root.attributes)).toEqual(['constructor', 'ok']);
    expect(Object.getPrototypeOf(root.attributes)).toBe(null);
  });
});

describe('XML readers and writers', () => {
  it('write attributes, maps, flattened lists and escaped text in model order; read them back', () => {
    const w = new XmlWriters(table).writer('Thing');
    const value = {
      Items: ['x', 'y'],
      Name: '<a & b>',
      Kind: 'k"1',
      Tags: { a: '1', __proto__: 'no', constructor: 'kept' },
      Unknown: 'never',
      When: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
      Count: null,
    };
    Object.defineProperty(value.Tags, '__proto__', { value: 'no', enumerable: true });
    const xml = w(value, 'Thing')!;
    expect(xml).toBe(
      '<Thing kind="k&quot;1"><Name>&lt;a &amp; b&gt;</Name><Tags><entry><K>a</K><V>1</V></entry><entry><K>constructor</K><V>kept</V></entry></Tags>' +
        '<Item>x</Item><Item>y</Item><When>2020-01-02T03:04:05Z</When></Thing>',
    );
    const read = new XmlReaders(table).reader('Thing')(parseXml(xml));
    expect(read).toEqual({ Name: '<a & b>', Kind: 'k"1', Tags: { a: '1', constructor: 'kept' }, Items: ['x', 'y'], When: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)) });
  });

  it('reads no __proto__ map key into an output', () => {
    const out = new XmlReaders(table).reader('Thing')(
      parseXml('<Thing><Tags><entry><K>__proto__</K><V>x</V></entry><entry><K>b</K><V>2</V></entry></Tags></Thing>'),
    ) as { Tags: Record<string, string> };
    expect(out.Tags).toEqual({ b: '2' });
    expect(Object.getPrototypeOf(out.Tags)).toBe(Object.prototype);
  });

  it('writes \\r (and in attributes \\n, \\t) as character references, so that the parser gives them back', () => {
    const w = new XmlWriters(table).writer('Thing');
    const xml = w({ Name: 'a\r\nb', Kind: 'x\ty\nz\r' }, 'Thing')!;
    expect(xml).toBe('<Thing kind="x&#9;y&#10;z&#13;"><Name>a&#13;\nb</Name></Thing>');
    expect(new XmlReaders(table).reader('Thing')(parseXml(xml))).toEqual({ Name: 'a\r\nb', Kind: 'x\ty\nz\r' });
  });

  it('reads an element two members share into both, the single one keeping the first (S3 Event and Events)', () => {
    const shared: ShapeTable = {
      Config: {
        type: 'structure',
        members: [
          { name: 'Event', shape: '$string' },
          { name: 'Events', shape: 'EventList', flattened: true, wire: 'Event' },
        ],
      },
      EventList: { type: 'list', member: '$string' },
    };
    const out = new XmlReaders(shared).reader('Config')(parseXml('<Config><Event>a</Event><Event>b</Event></Config>'));
    expect(out).toEqual({ Event: 'a', Events: ['a', 'b'] });
  });
});
