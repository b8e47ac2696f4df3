/** REST-JSON services against the AWS SDK v2 (see support/suite.ts). */
import { restJsonHarness } from './support/protocols/rest-json.js';
import { oracleSuite } from './support/suite.js';
import { RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: restJsonHarness,
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
  ],
  minChecked: 508,
  options: RUN_OPTIONS,
});
