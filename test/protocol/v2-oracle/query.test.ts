/** Query services against the AWS SDK v2 (see support/suite.ts). */
import { queryHarness } from './support/protocols/query.js';
import { oracleSuite } from './support/suite.js';
import { XML_RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: queryHarness,
  models: [
    'sqs-2012-11-05',
    'sns-2010-03-31',
    'iam-2010-05-08',
    'sts-2011-06-15',
    'cloudformation-2010-05-15',
    'monitoring-2010-08-01',
    'autoscaling-2011-01-01',
    'elasticloadbalancingv2-2015-12-01',
    'email-2010-12-01',
    'elasticache-2015-02-02',
    'rds-2014-10-31',
    'redshift-2012-12-01',
  ],
  minChecked: 827,
  options: XML_RUN_OPTIONS,
});
