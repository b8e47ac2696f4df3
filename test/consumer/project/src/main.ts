/**
 * Uses the generated Voice ID package through its public entry point only: the types check what a caller
 * writes, the validators and the serializer run, and a response is read back. Prints one JSON report.
 */
import {
  ExistingEnrollmentActionValues,
  deserializeStartSpeakerEnrollmentJobResponse,
  serializeStartSpeakerEnrollmentJobRequest,
  type ExistingEnrollmentAction,
  type StartSpeakerEnrollmentJobRequest,
  type StartSpeakerEnrollmentJobResponse,
  type ValidationProblem,
} from '@shapegen/voiceid';
// The validators are their own entry point: the package's index does not load them.
import { validateStartSpeakerEnrollmentJobRequest } from '@shapegen/voiceid/validators';

const request: StartSpeakerEnrollmentJobRequest = {
  DataAccessRoleArn: 'arn:aws:iam::123456789012:role/VoiceIdDataAccess',
  DomainId: 'UCUv3fTaJ4ybYiqHFAkN6w',
  EnrollmentConfig: {
    ExistingEnrollmentAction: 'OVERWRITE',
    FraudDetectionConfig: { FraudDetectionAction: 'FAIL', RiskThreshold: 50, WatchlistIds: ['Nx8Dy3Lz2Qv7Rw1Tk5Pj9s'] },
  },
  InputDataConfig: { S3Uri: 's3://voiceid-enrollment/input/speakers.json' },
  JobName: 'enrollment-2024-06-01',
  OutputDataConfig: { KmsKeyId: 'alias/voiceid-output', S3Uri: 's3://voiceid-enrollment/output/' },
};

// The types reject what the model rejects: these lines compile only because each error is expected.
// @ts-expect-error DomainId is required
const missingRequired: StartSpeakerEnrollmentJobRequest = { ...request, DomainId: undefined };
// @ts-expect-error not one of the enum's values
const badEnum: ExistingEnrollmentAction = 'REPLACE';
// @ts-expect-error not a member of the structure
const unknownMember: StartSpeakerEnrollmentJobRequest = { ...request, Bogus: 1 };

const values: readonly ExistingEnrollmentAction[] = ExistingEnrollmentActionValues;

// What a caller gets from untyped input (parsed JSON): the validator says what is wrong, everything at once.
const untrusted: unknown = JSON.parse(
  '{"DomainId":"short","EnrollmentConfig":{"FraudDetectionConfig":{"RiskThreshold":150}},"Extra":true}',
);
const problems: ValidationProblem[] = validateStartSpeakerEnrollmentJobRequest(untrusted);

const http = serializeStartSpeakerEnrollmentJobRequest(request);
const response: StartSpeakerEnrollmentJobResponse = deserializeStartSpeakerEnrollmentJobResponse({
  statusCode: 200,
  headers: { 'content-type': 'application/x-amz-json-1.0' },
  body: JSON.stringify({ Job: { JobId: 'job-1', JobStatus: 'SUBMITTED', CreatedAt: 1700000000 } }),
});
const createdAt: Date | undefined = response.Job?.CreatedAt;

console.log(
  JSON.stringify({
    valid: validateStartSpeakerEnrollmentJobRequest(request),
    problems,
    values,
    ignored: [missingRequired, badEnum, unknownMember].length,
    request: { method: http.method, path: http.path, headers: http.headers, body: JSON.parse(String(http.body)) as unknown },
    response: { jobId: response.Job?.JobId, status: response.Job?.JobStatus, createdAt: createdAt?.toISOString() },
  }),
);
