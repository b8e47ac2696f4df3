/** Known differences of the EC2 protocol. See ../exceptions.ts. */
import type { Exception, Found } from '../support/exceptions.js';

export const EC2: readonly Exception[] = [
  {
    id: 'ec2-empty-list',
    kind: 'v2-behaviour',
    protocol: 'ec2',
    check: 'request',
    path: /^body\./,
    when: (d: Found) => d.ours === undefined && d.theirs === '',
    reason:
      'An empty list: v2 sends `Filter=` (protocol/query.js serializes an empty list as its name with no value, in EC2 too); ' +
      'botocore (EC2Serializer._serialize_type_list writes one parameter per item) and shapegen send nothing, as the Smithy ' +
      'EC2 rules say (empty lists are not serialized).',
  },
];
