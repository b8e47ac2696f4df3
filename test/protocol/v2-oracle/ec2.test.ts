/** EC2 against the AWS SDK v2 (see support/suite.ts). */
import { ec2Harness } from './support/protocols/ec2.js';
import { oracleSuite } from './support/suite.js';
import { XML_RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: ec2Harness,
  models: ['ec2-2016-11-15'],
  minChecked: 591,
  options: XML_RUN_OPTIONS,
});
