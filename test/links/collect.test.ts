/**
 * The collector: hrefs as written (entities decoded), from every documentation string, through the project's
 * loader; over the catalog it finds every key of the reference link map.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectLinks, collectModelLinks, linksInHtml } from '../../generator/links/index.js';
import { linkTarget } from '../../generator/links/target.js';
import { loadModelFile } from '../../generator/load/load-model.js';
import { rServicePrefix } from '../../generator/names/names.js';
import { newestPerService } from '../../generator/scale/generate.js';
import type { ModelOutput } from '../../generator/pipeline.js';
import { testSession } from '../support/context.js';
import { awsModelFiles, requireShared } from '../support/shared.js';

describe('linksInHtml', () => {
  const cases: [string, string, string[]][] = [
    ['a plain link', '<p>See <a href="https://x.example/a">this</a>.</p>', ['https://x.example/a']],
    ['entities decoded', '<a href="https://x.example/?a=1&amp;b=2&#38;c=&quot;3&quot;">q</a>', ['https://x.example/?a=1&b=2&c="3"']],
    ['spaces kept as written', '<a href=" https://x.example/a ">x</a>', [' https://x.example/a ']],
    ['an empty href', '<a href="">x</a>', ['']],
    ['no href: no link', '<a name="anchor">x</a> <a>y</a>', []],
    ['upper-case tags and attributes', '<P><A HREF="https://x.example/U">u</A></P>', ['https://x.example/U']],
    ['links in code, lists, tables and nested links', '<ul><li><code><a href="c">c</a></code></li></ul><table><tr><td><a href="t">t</a></td></tr></table><a href="o"><a href="i">i</a></a>', ['c', 't', 'o', 'i']],
    ['text that does not start with a tag', 'See <a href="rel/page.html">the page</a>', ['rel/page.html']],
    ['repeats kept in order', '<a href="b">1</a><a href="a">2</a><a href="b">3</a>', ['b', 'a', 'b']],
    ['an escaped tag is text, not a link', '<p>&lt;a href="https://x.example/"&gt;</p>', []],
    ['no tag at all', 'Plain text with a URL https://x.example/ in it', []],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(linksInHtml(html)).toEqual(expected);
  });
});

describe('linkTarget: what a request is made to', () => {
  const cases: [string, string][] = [
    ['https://docs.aws.amazon.com/a.html', 'request https://docs.aws.amazon.com/a.html'],
    ['efs/latest/ug/x.html', 'request https://docs.aws.amazon.com/efs/latest/ug/x.html'],
    ['docs.aws.amazon.com/a.html', 'request https://docs.aws.amazon.com/a.html'],
    ['http://x.example/a%3Fb%3Dc', 'request http://x.example/a?b%3Dc'],
    ['mailto:someone@example.com', 'unchecked mailto link, not checked'],
    ['', 'invalid the URL has no host'],
    ['#NextToken', 'invalid the URL has no host'],
    ['/general/latest/gr/x.html', 'invalid the URL has no host'],
    ['https://', 'invalid the URL has no host'],
    [' https://x.example/', 'invalid the URL contains whitespace'],
    ['https://x.example/a b', 'invalid the URL contains whitespace'],
    ['http://[not-an-ip]/', 'invalid not a valid URL'],
  ];
  it.each(cases)('%j -> %s', (href, expected) => {
    const t = linkTarget(href);
    expect(`${t.kind} ${t.kind === 'request' ? t.url.href : t.reason}`).toBe(expected);
  });
});

describe('collectLinks', () => {
  it('collects from service, operation, shape and member docs, distinct and sorted', () => {
    const r = collectLinks(['test/fixtures/links/model.yaml'], testSession);
    expect(r.problems).toEqual([]);
    expect(r.links).toEqual(['#NextToken', '{base}/gone', '{base}/guide', '{base}/names', '{base}/old-guide', '{base}/output', '{base}/search?a=1&b=2']);
  });

  it('reads an AWS JSON model and its YAML import alike', () => {
    const json = collectLinks([requireShared('models', 'aws-sdk-js-2.1386.0', 'voice-id-2021-09-27.normal.json')], testSession);
    const yaml = collectLinks(['schema/voiceid.yaml'], testSession);
    expect(json.links.length).toBeGreaterThan(0);
    expect(yaml.links).toEqual(json.links);
  });

  it('reports an invalid model and takes no link from it', () => {
    const r = collectLinks(['test/fixtures/invalid/unknown-input-shape/model.yaml', 'no/such/model.yaml'], testSession);
    expect(r.links).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(expect.arrayContaining(['unknown-shape', 'unreadable']));
  });

  it('finds every URL of the reference link map in the catalog (newest model per service)', () => {
    const reference = JSON.parse(readFileSync(requireShared('links', 'paws-site-2023.json'), 'utf8')) as { links: Record<string, unknown> };
    const keys = Object.keys(reference.links);
    const loaded = awsModelFiles().map((file) => ({ file, model: loadModelFile(file, testSession).model }));
    const outputs: ModelOutput[] = loaded.map(({ file, model }) => ({ file, prefix: model ? rServicePrefix(model.metadata) : '', files: [], problems: [] }));
    const newest = newestPerService(outputs).kept.map((o) => outputs.indexOf(o));
    const collected = new Set(newest.flatMap((i) => collectModelLinks(loaded[i].model!)));
    const missing = keys.filter((k) => !collected.has(k));
    console.log(`links: ${newest.length} models (newest per service), ${collected.size} URLs collected; reference ${keys.length} keys, ${keys.length - missing.length} collected, ${missing.length} missing, ${collected.size - (keys.length - missing.length)} only in the models`);
    expect(newest.length).toBe(346);
    expect(missing).toEqual([]);
  });
});
