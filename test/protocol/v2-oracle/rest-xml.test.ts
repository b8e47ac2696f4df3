/** REST-XML services against the AWS SDK v2 (see support/suite.ts). */
import { restXmlHarness } from './support/protocols/rest-xml.js';
import { oracleSuite } from './support/suite.js';
import { XML_RUN_OPTIONS } from './support/options.js';

oracleSuite({
  harness: restXmlHarness,
  models: ['s3-2006-03-01', 'cloudfront-2020-05-31', 'route53-2013-04-01', 's3control-2018-08-20'],
  minChecked: 337,
  options: XML_RUN_OPTIONS,
});
