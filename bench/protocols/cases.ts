/**
 * The operations `npm run bench -- serialize` measures per protocol, each with a realistic input or
 * response: S3 PutObject (metadata headers) and ListObjectsV2 (100 objects), Lambda Invoke, SQS
 * SendMessageBatch (10 entries with attributes), EC2 DescribeInstances (20 instances).
 */

export const PUT_OBJECT = {
  Bucket: 'examplebucket',
  Key: 'photos/2024/06/01/img_0001.jpg',
  Body: 'The quick brown fox jumps over the lazy dog.',
  ContentType: 'image/jpeg',
  CacheControl: 'max-age=3600',
  StorageClass: 'STANDARD_IA',
  Metadata: { camera: 'X100V', lens: '23mm', iso: '400', exposure: '1/250', author: 'jane' },
  Tagging: 'project=alpha&team=photo',
};

function object(i: number): string {
  return (
    `<Contents><Key>photos/2024/06/01/img_${String(i).padStart(4, '0')}.jpg</Key>` +
    `<LastModified>2024-06-01T12:${String(i % 60).padStart(2, '0')}:00.000Z</LastModified>` +
    `<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>${100000 + i}</Size>` +
    `<StorageClass>STANDARD</StorageClass></Contents>`
  );
}

export const LIST_OBJECTS_BODY =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
  '<Name>examplebucket</Name><Prefix>photos/</Prefix><KeyCount>100</KeyCount><MaxKeys>1000</MaxKeys>' +
  '<IsTruncated>false</IsTruncated>' +
  Array.from({ length: 100 }, (_, i) => object(i)).join('') +
  '</ListBucketResult>';

export const INVOKE = {
  FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:image-resizer',
  InvocationType: 'RequestResponse',
  LogType: 'Tail',
  Qualifier: 'prod',
  Payload: new TextEncoder().encode(JSON.stringify({ bucket: 'examplebucket', key: 'photos/img_0001.jpg', sizes: [64, 128, 256, 512] })),
};

export const SEND_MESSAGE_BATCH = {
  QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
  Entries: Array.from({ length: 10 }, (_, i) => ({
    Id: `msg-${i}`,
    MessageBody: JSON.stringify({ orderId: 1000 + i, items: ['a', 'b'], total: 12.5 * i }),
    DelaySeconds: i % 3,
    MessageAttributes: {
      source: { DataType: 'String', StringValue: 'web' },
      priority: { DataType: 'Number', StringValue: String(i % 5) },
    },
  })),
};

function instance(i: number): string {
  const id = `i-0${(0xabc000 + i).toString(16)}`;
  return (
    `<item><instanceId>${id}</instanceId><imageId>ami-0abcdef1234567890</imageId>` +
    '<instanceState><code>16</code><name>running</name></instanceState>' +
    `<privateDnsName>ip-10-0-0-${i}.ec2.internal</privateDnsName><dnsName></dnsName><keyName>deploy</keyName>` +
    `<amiLaunchIndex>${i}</amiLaunchIndex><instanceType>m5.large</instanceType>` +
    '<launchTime>2024-05-30T08:15:00.000Z</launchTime>' +
    '<placement><availabilityZone>us-east-1a</availabilityZone><groupName></groupName><tenancy>default</tenancy></placement>' +
    '<monitoring><state>disabled</state></monitoring><subnetId>subnet-0123456789abcdef0</subnetId>' +
    `<vpcId>vpc-0123456789abcdef0</vpcId><privateIpAddress>10.0.0.${i}</privateIpAddress>` +
    '<groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>web</groupName></item></groupSet>' +
    '<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>' +
    '<blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-0123456789abcdef0</volumeId>' +
    '<status>attached</status><attachTime>2024-05-30T08:15:01.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>' +
    '<virtualizationType>hvm</virtualizationType><tagSet><item><key>Name</key><value>web-' +
    `${i}</value></item><item><key>env</key><value>prod</value></item></tagSet>` +
    '<hypervisor>xen</hypervisor><ebsOptimized>true</ebsOptimized></item>'
  );
}

export const DESCRIBE_INSTANCES_BODY =
  '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
  '<requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>' +
  Array.from({ length: 4 }, (_, r) =>
    `<item><reservationId>r-0${r}</reservationId><ownerId>123456789012</ownerId><groupSet/><instancesSet>` +
    Array.from({ length: 5 }, (_, i) => instance(r * 5 + i)).join('') +
    '</instancesSet></item>',
  ).join('') +
  '</reservationSet></DescribeInstancesResponse>';

export const INVOKE_RESPONSE = {
  statusCode: 200,
  headers: { 'x-amz-executed-version': '7', 'x-amz-log-result': 'U1RBUlQgUmVxdWVzdElk', 'content-type': 'application/json' },
  body: new TextEncoder().encode(JSON.stringify({ resized: [64, 128, 256, 512], ms: 183 })),
};
