/** AWS JSON 1.0/1.1 services against the AWS SDK v2 (see support/suite.ts). */
import { awsJsonHarness } from './support/protocols/aws-json.js';
import { oracleSuite } from './support/suite.js';
import { RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: awsJsonHarness,
  models: ['dynamodb-2012-08-10.normal.json'],
  minChecked: 0,
  options: RUN_OPTIONS,
});
