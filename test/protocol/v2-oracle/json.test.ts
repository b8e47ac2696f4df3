/** AWS JSON 1.0/1.1 services against the AWS SDK v2 (see support/suite.ts). */
import { awsJsonHarness } from './support/protocols/aws-json.js';
import { oracleSuite } from './support/suite.js';
import { RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: awsJsonHarness,
  models: [
    'dynamodb-2012-08-10',
    'streams.dynamodb-2012-08-10',
    'kinesis-2013-12-02',
    'kms-2014-11-01',
    'logs-2014-03-28',
    'ssm-2014-11-06',
    'secretsmanager-2017-10-17',
    'ecs-2014-11-13',
    'ecr-2015-09-21',
    'glue-2017-03-31',
    'cloudtrail-2013-11-01',
    'states-2016-11-23',
    'firehose-2015-08-04',
    'codebuild-2016-10-06',
    'athena-2017-05-18',
    'swf-2012-01-25',
    'cognito-idp-2016-04-18',
    'eventbridge-2015-10-07',
    'organizations-2016-11-28',
    'acm-2015-12-08',
    'config-2014-11-12',
    'route53domains-2014-05-15',
    'voice-id-2021-09-27',
  ],
  minChecked: 1255,
  options: RUN_OPTIONS,
});
