/**
 * The classification table: each case edits a copy of test/fixtures/diff-base/model.yaml and lists every
 * change `diffServices` must report (as `severity kind subject`), and where it must say the change lands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { resolve } from '../../generator/ir/resolve.js';
import type { IRService } from '../../generator/ir/types.js';
import { loadModelText } from '../../generator/load/load-model.js';
import type { Model, Shape } from '../../generator/model/types.js';
import { diffServices } from '../../generator/diff/model-diff.js';
import { ctx, testSession } from '../support/context.js';

const BASE = readFileSync(new URL('../fixtures/diff-base/model.yaml', import.meta.url), 'utf8');

function service(model: unknown, name: string): IRService {
  const load = loadModelText(name, stringify(model), testSession);
  if (!load.model) throw new Error(`the edited model is invalid:\n${load.problems.map((p) => p.message).join('\n')}`);
  return resolve(load.model, name);
}

const shape = (m: Model, name: string): Shape => m.shapes[name];
const member = (m: Model, s: string, name: string) => m.shapes[s].members![name];

interface Case {
  readonly name: string;
  readonly edit: (m: Model) => void;
  /** Every change reported, as `severity kind subject` (documentation changes included). */
  readonly expect: readonly string[];
  /** Where the first expected change must land, as `Operation direction path`. */
  readonly where?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'operation removed', edit: (m) => delete m.operations.ListWidgets, expect: ['breaking operation-removed ListWidgets'] },
  {
    name: 'operation added',
    edit: (m) => (m.operations.DeleteWidget = { http: { method: 'POST', requestUri: '/' }, input: 'GetWidgetRequest' }),
    expect: ['safe operation-added DeleteWidget'],
  },
  {
    name: 'shape removed with the member that used it',
    edit: (m) => {
      delete m.shapes.ListWidgetsResponse.members!.Attributes;
      delete m.shapes.AttributeMap;
    },
    expect: ['breaking member-removed ListWidgetsResponse.Attributes', 'breaking shape-removed AttributeMap'],
    where: ['ListWidgets output Attributes'],
  },
  {
    name: 'input member removed',
    edit: (m) => delete m.shapes.CreateWidgetRequest.members!.Color,
    expect: ['breaking member-removed CreateWidgetRequest.Color'],
    where: ['CreateWidget input Color'],
  },
  {
    name: 'output member removed (through a list)',
    edit: (m) => delete m.shapes.Widget.members!.CreatedAt,
    expect: ['breaking member-removed Widget.CreatedAt'],
    where: ['CreateWidget output Widget.CreatedAt', 'GetWidget output Widget.CreatedAt', 'ListWidgets output Widgets[].CreatedAt'],
  },
  {
    name: 'required member added to an input',
    edit: (m) => (m.shapes.CreateWidgetRequest.members!.Owner = { shape: 'WidgetId', required: true }),
    expect: ['breaking required-member-added CreateWidgetRequest.Owner'],
    where: ['CreateWidget input Owner'],
  },
  {
    name: 'required member added to an output',
    edit: (m) => (m.shapes.Widget.members!.Owner = { shape: 'WidgetId', required: true }),
    expect: ['safe required-member-added Widget.Owner'],
  },
  {
    name: 'optional member added',
    edit: (m) => (m.shapes.CreateWidgetRequest.members!.Note = { shape: 'WidgetId' }),
    expect: ['safe member-added CreateWidgetRequest.Note'],
  },
  {
    name: 'optional input member made required',
    edit: (m) => (member(m, 'CreateWidgetRequest', 'Color').required = true),
    expect: ['breaking member-made-required CreateWidgetRequest.Color'],
  },
  {
    name: 'optional output member made required',
    edit: (m) => (member(m, 'Widget', 'Status').required = true),
    expect: ['safe member-made-required Widget.Status'],
  },
  {
    name: 'required input member made optional',
    edit: (m) => delete member(m, 'GetWidgetRequest', 'WidgetId').required,
    expect: ['safe member-made-optional GetWidgetRequest.WidgetId'],
  },
  {
    name: 'required output member made optional',
    edit: (m) => delete member(m, 'Widget', 'WidgetId').required,
    expect: ['dangerous member-made-optional Widget.WidgetId'],
  },
  {
    name: 'enum value removed',
    edit: (m) => (shape(m, 'Color').enum = ['RED']),
    expect: ['breaking enum-value-removed Color'],
    where: ['CreateWidget input Color', 'CreateWidget output Widget.Color', 'GetWidget output Widget.Color', 'ListWidgets output Widgets[].Color'],
  },
  { name: 'enum value renamed', edit: (m) => (shape(m, 'Status').enum = ['ACTIVE', 'REMOVED']), expect: ['breaking enum-value-renamed Status'] },
  { name: 'enum value added to an output', edit: (m) => shape(m, 'Status').enum!.push('ARCHIVED'), expect: ['dangerous enum-value-added Status'] },
  { name: 'enum value added to an input', edit: (m) => shape(m, 'Priority').enum!.push('MEDIUM'), expect: ['safe enum-value-added Priority'] },
  { name: 'enum value added to a shape in both', edit: (m) => shape(m, 'Color').enum!.push('BLUE'), expect: ['dangerous enum-value-added Color'] },
  { name: 'enum imposed on a free string', edit: (m) => (shape(m, 'WidgetId').enum = ['A', 'B']), expect: ['breaking enum-added WidgetId'] },
  { name: 'type changed', edit: (m) => (shape(m, 'Size').type = 'long'), expect: ['breaking type-changed Size'] },
  {
    name: 'member retargeted to another type',
    edit: (m) => (member(m, 'CreateWidgetRequest', 'Size').shape = 'WidgetId'),
    expect: ['breaking type-changed WidgetId (was Size)'],
    where: ['CreateWidget input Size'],
  },
  { name: 'length tightened', edit: (m) => (shape(m, 'WidgetName').max = 128), expect: ['breaking length-tightened WidgetName'] },
  { name: 'range tightened', edit: (m) => (shape(m, 'Size').min = 5), expect: ['breaking range-tightened Size'] },
  { name: 'pattern changed', edit: (m) => (shape(m, 'WidgetName').pattern = '^[a-z]{1,10}$'), expect: ['breaking pattern-tightened WidgetName'] },
  { name: 'pattern added', edit: (m) => (shape(m, 'WidgetId').pattern = '^w-[0-9]+$'), expect: ['breaking pattern-tightened WidgetId'] },
  { name: 'length loosened on an input-only list', edit: (m) => (shape(m, 'TagList').max = 100), expect: ['safe constraint-loosened TagList'] },
  { name: 'length loosened on a shape also received', edit: (m) => (shape(m, 'WidgetName').max = 512), expect: ['dangerous constraint-loosened WidgetName'] },
  { name: 'timestamp format changed', edit: (m) => (shape(m, 'Time').timestampFormat = 'iso8601'), expect: ['breaking timestamp-format-changed Time'] },
  {
    name: 'member timestamp format changed',
    edit: (m) => (member(m, 'Widget', 'CreatedAt').timestampFormat = 'unixTimestamp'),
    expect: ['breaking timestamp-format-changed Widget.CreatedAt'],
  },
  { name: 'wire name changed', edit: (m) => (member(m, 'Widget', 'Name').locationName = 'name'), expect: ['breaking wire-name-changed Widget.Name'] },
  { name: 'operation wire name changed', edit: (m) => (m.operations.GetWidget.name = 'GetWidgetV2'), expect: ['breaking wire-name-changed GetWidget'] },
  { name: 'error added', edit: (m) => m.operations.GetWidget.errors!.push('ThrottlingException'), expect: ['dangerous error-added GetWidget'] },
  { name: 'error removed', edit: (m) => m.operations.CreateWidget.errors!.pop(), expect: ['dangerous error-removed CreateWidget'] },
  {
    name: 'error code changed',
    edit: (m) => (shape(m, 'ValidationException').error!.httpStatusCode = 422),
    expect: ['breaking error-code-changed ValidationException'],
    where: ['CreateWidget error ', 'GetWidget error '],
  },
  { name: 'default changed (unboxed)', edit: (m) => (shape(m, 'Size').box = true), expect: ['dangerous default-changed Size'] },
  { name: 'idempotency token dropped', edit: (m) => delete member(m, 'CreateWidgetRequest', 'ClientToken').idempotencyToken, expect: ['dangerous idempotency-changed CreateWidgetRequest.ClientToken'] },
  {
    name: 'change deep in a recursive shape',
    edit: (m) => (shape(m, 'Node').members!.Weight = { shape: 'Size', required: true }),
    expect: ['breaking required-member-added Node.Weight'],
    where: ['CreateWidget input Parent.Weight'],
  },
  {
    name: 'map value retargeted to a looser string',
    edit: (m) => (shape(m, 'AttributeMap').value = 'WidgetId'),
    expect: ['dangerous constraint-loosened WidgetId (was WidgetName)', 'dangerous constraint-loosened WidgetId (was WidgetName)'],
    where: ['ListWidgets output Attributes{}'],
  },
  { name: 'output removed', edit: (m) => delete m.operations.ListWidgets.output, expect: ['breaking output-removed ListWidgets'] },
  { name: 'protocol version changed', edit: (m) => (m.metadata.jsonVersion = '1.0'), expect: ['breaking protocol-changed service'] },
  { name: 'api version changed', edit: (m) => (m.metadata.apiVersion = '2025-01-01'), expect: ['dangerous api-version-changed service'] },
  {
    name: 'service renamed (new R prefix)',
    edit: (m) => (m.metadata.serviceFullName = 'Amazon Gadgets'),
    expect: ['breaking service-prefix-changed service', 'safe metadata-changed service'],
  },
  { name: 'documentation changed', edit: (m) => (m.operations.GetWidget.documentation = '<p>Reads a widget.</p>'), expect: ['safe documentation-changed GetWidget'] },
  { name: 'member deprecated', edit: (m) => (member(m, 'CreateWidgetRequest', 'Color').deprecated = true), expect: ['safe deprecated CreateWidgetRequest.Color'] },
  { name: 'shape made sensitive', edit: (m) => (shape(m, 'WidgetName').sensitive = true), expect: ['safe sensitivity-changed WidgetName'] },
  { name: 'no change', edit: () => {}, expect: [] },
];

describe('diff classification table', () => {
  const base = service(parse(BASE), 'model.yaml');

  it('has at least 25 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(25));

  for (const c of CASES) {
    it(c.name, () => {
      const model = parse(BASE) as Model;
      c.edit(model);
      const changes = diffServices(ctx(base), ctx(service(model, 'model.yaml')));
      expect(changes.map((x) => `${x.severity} ${x.kind} ${x.subject}`).sort()).toEqual([...c.expect].sort());
      if (c.where) {
        const first = changes.find((x) => `${x.severity} ${x.kind} ${x.subject}` === c.expect[0])!;
        expect(first.locations.map((l) => `${l.operation} ${l.direction} ${l.path}`)).toEqual(c.where);
      }
    });
  }

  it('is symmetric in what it finds: reversing a removal reports an addition', () => {
    const model = parse(BASE) as Model;
    delete model.operations.ListWidgets;
    const changes = diffServices(ctx(service(model, 'model.yaml')), ctx(base));
    expect(changes.map((x) => `${x.severity} ${x.kind} ${x.subject}`)).toEqual(['safe operation-added ListWidgets']);
  });
});
