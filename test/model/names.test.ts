import { describe, expect, it } from 'vitest';
import { assignTypeNames, rHeading, rServicePrefix, rTopic, rTopicFileName, snakeCase } from '../../generator/names/names.js';
import { propertyKey as tsPropertyKey } from '../../generator/context/escape.js';

describe('names', () => {
  it.each([
    ['StartSpeakerEnrollmentJob', 'start_speaker_enrollment_job'],
    ['DescribeDBInstances', 'describe_db_instances'],
    ['ListTagsForResource', 'list_tags_for_resource'],
    ['CreateCloudFrontOriginAccessIdentity2016_11_25', 'create_cloud_front_origin_access_identity_2016_11_25'],
    ['GetAPIKeys', 'get_api_keys'],
    ['_Weird__Name_', 'weird_name'],
  ])('snake_cases %s as %s', (name, snake) => {
    expect(snakeCase(name)).toBe(snake);
  });

  it.each([
    [{ serviceFullName: 'Amazon Voice ID' }, 'voiceid'],
    [{ serviceFullName: 'Amazon Elastic Compute Cloud', serviceAbbreviation: 'Amazon EC2' }, 'ec2'],
    [{ serviceFullName: 'AWS Lambda' }, 'lambda'],
    [{ serviceFullName: 'Amazon CloudWatch Logs' }, 'cloudwatchlogs'],
    [{ serviceFullName: 'Elastic Load Balancing' }, 'elb'],
    [{ serviceFullName: 'AWS Identity and Access Management', serviceAbbreviation: 'IAM' }, 'iam'],
    [{ serviceFullName: 'AWSMarketplace Metering' }, 'marketplacemetering'],
    [{ serviceFullName: 'AWS Budgets', serviceAbbreviation: 'AWSBudgets' }, 'budgets'],
  ])('derives the R prefix of %o', (meta, prefix) => {
    expect(rServicePrefix(meta)).toBe(prefix);
  });

  it('shortens long topic file names but not the topic', () => {
    const topic = rTopic('ec2', 'DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations');
    expect(topic).toBe('ec2_describe_local_gateway_route_table_virtual_interface_group_associations');
    expect(rTopicFileName(topic)).toBe('ec2_descr_local_gatew_route_table_virtu_inter_group_assoc');
    expect(rTopicFileName('voiceid_start_speaker_enrollment_job')).toBe('voiceid_start_speaker_enrollment_job');
  });

  it('titles the heading', () => {
    expect(rHeading('start_speaker_enrollment_job')).toBe('Start Speaker Enrollment Job');
  });

  it('gives reserved or clashing shape names a unique TypeScript name', () => {
    const names = assignTypeNames(['String', 'StringShape', 'Date', 'Foo', 'delete', 'Error']);
    expect(Object.fromEntries(names)).toEqual({
      Foo: 'Foo',
      StringShape: 'StringShape',
      Date: 'DateShape',
      Error: 'ErrorShape',
      String: 'StringShape2',
      delete: 'deleteShape',
    });
    expect(new Set(names.values()).size).toBe(names.size);
  });

  it('quotes property keys that are not identifiers', () => {
    expect(tsPropertyKey('Name')).toBe('Name');
    expect(tsPropertyKey('x-amz-meta')).toBe("'x-amz-meta'");
    expect(tsPropertyKey('1abc')).toBe("'1abc'");
    expect(tsPropertyKey('__proto__')).toBe("['__proto__']");
  });
});
