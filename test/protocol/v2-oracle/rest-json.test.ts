/** REST-JSON services against the AWS SDK v2 (see support/suite.ts). */
import { restJsonHarness } from './support/protocols/rest-json.js';
import { oracleSuite } from './support/suite.js';
import { RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: restJsonHarness,
  // Not iot-2015-05-28: the arbitraries find no value for its CertificateId (64 characters of
  // `(0x)?[a-fA-F0-9]+`), so 27 of its operations could not run (see FINDINGS.md).
  models: [
    'lambda-2015-03-31',
    'apigateway-2015-07-09',
    'apigatewayv2-2018-11-29',
    'appsync-2017-07-25',
    'batch-2016-08-10',
    'eks-2017-11-01',
    'elasticfilesystem-2015-02-01',
    'glacier-2012-06-01',
    'polly-2016-06-10',
    'xray-2016-04-12',
    'iot-data-2015-05-28',
    'mq-2017-11-27',
    'pinpoint-2016-12-01',
    'backup-2018-11-15',
    'amplify-2017-07-25',
    'mediaconvert-2017-08-29',
    'schemas-2019-12-02',
    'kafka-2018-11-14',
    'cognito-sync-2014-06-30',
    'guardduty-2017-11-28',
    'securityhub-2018-10-26',
  ],
  minChecked: 990,
  options: RUN_OPTIONS,
});
