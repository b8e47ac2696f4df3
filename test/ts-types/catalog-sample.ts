/**
 * A diverse sample of catalog models for the compile test: unions, documents, recursion, blobs, legacy and
 * unsupported patterns, reserved shape names, map key patterns, event streams, deprecations, and every
 * protocol family (json, rest-json, query, rest-xml).
 */
export const CATALOG_SAMPLE = [
  'identitystore-2020-06-15', // union, document, unsupported pattern, deprecated
  'rds-data-2018-08-01', // union, blob
  'streams.dynamodb-2012-08-10', // recursive AttributeValue, blob
  'ec2-instance-connect-2018-04-02', // legacy-mode patterns
  'forecastquery-2018-06-26', // legacy pattern, map key pattern
  'gamesparks-2021-08-17', // document, blob, map key pattern
  'opensearchserverless-2021-11-01', // document, reserved names
  'appconfigdata-2021-11-11', // blob, reserved names
  'sagemaker-edge-2020-09-23', // legacy pattern, reserved names
  'sts-2011-06-15', // query protocol
  'sqs-2012-11-05', // query protocol, blob
  'route53-recovery-cluster-2019-12-02', // json 1.0
  'kinesis-2013-12-02', // blob, event stream
  'runtime.lex.v2-2020-08-07', // event streams, streaming blob
  'cloudtrail-data-2021-08-11', // reserved names
  'connectcampaigns-2021-01-30', // union, map key pattern
  'emr-serverless-2021-07-13', // union, legacy pattern
  'cloudfront-2016-11-25', // rest-xml, deprecated
  'route53domains-2014-05-15', // deprecated members
  'voice-id-2021-09-27', // the seed service from its AWS model
] as const;
