import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../../core/context';
import type { SandboxProviderRoutes } from '../index';
import type { AwsScenarioData } from './data';
import {
  type AwsCall,
  type AwsProtocol,
  type AwsReply,
  AwsServiceError,
  errorReply,
  jsonReply,
  newRequestId,
} from './protocol';
import { credentialScope, operationOf, protocolOf } from './request';
import { handleEc2 } from './services/ec2.service';
import { handleGuardDuty } from './services/guardduty.service';
import { handleIam, iamNamespace } from './services/iam.service';
import { handleCloudTrail, handleConfig, handleKms } from './services/json.services';
import { handleRds, rdsNamespace } from './services/rds.service';
import { S3ObjectStore } from './s3/object-store';
import { handleS3 } from './services/s3.service';
import { handleS3Object, isS3ObjectCall } from './services/s3-object.service';
import { handleSts, stsNamespace } from './services/sts.service';

/**
 * The largest PutObject body the sandbox keeps in memory (S3's own limit is 5 GB): the API's upload limit
 * (EVIDENCE_MAX_UPLOAD_MB) goes up to 1 GiB, plus room for aws-chunked framing.
 */
const maxUploadBytes = 1024 * 1024 * 1024 + 1024 * 1024;

const queryNamespaces: Record<string, string> = { iam: iamNamespace, sts: stsNamespace, rds: rdsNamespace };

/**
 * AWS: every service the SDK calls arrives at the same endpoint (`<sandbox>/aws`). The SigV4 credential scope in the
 * Authorization header names the service and the access key id (`sbx_<scenario>_…`) names the scenario; the Query
 * `Action`, the JSON `X-Amz-Target`, or the REST path names the operation. Signatures are not verified.
 */
export const awsSandbox: SandboxProviderRoutes = {
  id: 'aws',
  async register(app, context) {
    const objects = new S3ObjectStore();
    const handler = (request: FastifyRequest, reply: FastifyReply) =>
      send(reply, answer(request, context, objects));
    app.all('/', handler);
    app.all('/*', handler);
    await app.register((uploads) => registerObjectUploads(uploads, handler));
  },
};

/**
 * PutObject bodies are the object's bytes, whatever their Content-Type (JSON, XML, form data …). These routes get an
 * encapsulated scope whose only parser keeps every body as raw bytes, so the other services' form and JSON parsing
 * stays as it is. A body over the limit answers S3's EntityTooLarge.
 */
function registerObjectUploads(
  uploads: FastifyInstance,
  handler: (request: FastifyRequest, reply: FastifyReply) => FastifyReply,
): void {
  uploads.removeAllContentTypeParsers();
  uploads.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  uploads.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') {
      throw error;
    }
    const tooLarge = new AwsServiceError(
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed object size.',
      400,
    );
    return send(reply, errorReply('rest-xml', tooLarge, newRequestId()));
  });
  uploads.put('/:bucket/*', { bodyLimit: maxUploadBytes }, handler);
}

function answer(request: FastifyRequest, context: SandboxContext, objects: S3ObjectStore): AwsReply {
  const requestId = newRequestId();
  const url = new URL(request.url, 'http://sandbox');
  const path = url.pathname.replace(/^\/aws/, '') || '/';
  const scope = credentialScope(request);
  const protocol = protocolOf(scope?.service ?? 's3', path) ?? 'query';
  const fail = (error: AwsServiceError) =>
    errorReply(protocol, error, requestId, queryNamespaces[scope?.service ?? '']);
  const scenario = context.scenarioFor(scope?.accessKeyId);
  if (!scope || !scenario) {
    return fail(rejectCredentials(protocol));
  }
  const verdict = context.gate.verdict(scenario, 'aws', scope.service, scope.accessKeyId);
  switch (verdict.kind) {
    case 'reject-credentials':
      return fail(rejectCredentials(protocol));
    case 'rate-limited':
      return fail(throttled(protocol, verdict.retryAfterSeconds));
    case 'outage':
      return fail(outage(protocol));
    case 'ok':
      break;
    default:
      return verdict satisfies never;
  }
  const data = scenario.data.aws as AwsScenarioData | undefined;
  if (!data) {
    return fail(rejectCredentials(protocol));
  }
  const body = request.body;
  const call: AwsCall = {
    service: scope.service,
    region: scope.region,
    action: operationOf(protocol, request),
    params: protocol === 'query' || protocol === 'ec2' ? stringRecord(body) : {},
    json: protocol === 'json' && body && typeof body === 'object' ? (body as Record<string, unknown>) : {},
    method: request.method,
    path,
    query: url.searchParams,
    headers: request.headers,
    data,
    requestId,
    ...(Buffer.isBuffer(body) ? { body } : {}),
  };
  try {
    if (call.service === 's3' && protocol === 'rest-xml' && isS3ObjectCall(call)) {
      return handleS3Object(call, objects, scenario.name);
    }
    return dispatch(call, protocol, scope.accessKeyId);
  } catch (error) {
    if (error instanceof AwsServiceError) {
      return fail(error);
    }
    throw error;
  }
}

function dispatch(call: AwsCall, protocol: AwsProtocol, accessKeyId: string): AwsReply {
  switch (call.service) {
    case 'iam':
      return handleIam(call);
    case 'sts':
      return handleSts(call, accessKeyId);
    case 'ec2':
      return handleEc2(call);
    case 'rds':
      return handleRds(call);
    case 'cloudtrail':
      return jsonReply('json', handleCloudTrail(call), call.requestId);
    case 'kms':
      return jsonReply('json', handleKms(call), call.requestId);
    case 'config':
      return jsonReply('json', handleConfig(call), call.requestId);
    case 'guardduty':
      return jsonReply('rest-json', handleGuardDuty(call), call.requestId);
    case 's3':
      return handleS3(call);
    default:
      throw new AwsServiceError(
        'UnknownService',
        `The sandbox does not serve ${call.service} (${protocol}).`,
        400,
      );
  }
}

function rejectCredentials(protocol: AwsProtocol): AwsServiceError {
  switch (protocol) {
    case 'query':
      return new AwsServiceError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        403,
      );
    case 'ec2':
      return new AwsServiceError(
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
        401,
      );
    case 'json':
      return new AwsServiceError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        400,
      );
    case 'rest-json':
      return new AwsServiceError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        403,
      );
    case 'rest-xml':
    case 'rest-xml-control':
      return new AwsServiceError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        403,
      );
    default:
      return protocol satisfies never;
  }
}

function throttled(protocol: AwsProtocol, retryAfterSeconds: number): AwsServiceError {
  const headers = { 'retry-after': String(retryAfterSeconds) };
  switch (protocol) {
    case 'query':
      return new AwsServiceError('Throttling', 'Rate exceeded', 400, 'Sender', headers);
    case 'ec2':
      return new AwsServiceError('RequestLimitExceeded', 'Request limit exceeded.', 503, 'Sender', headers);
    case 'json':
      return new AwsServiceError('ThrottlingException', 'Rate exceeded', 400, 'Sender', headers);
    case 'rest-json':
      return new AwsServiceError('TooManyRequestsException', 'Rate exceeded', 429, 'Sender', headers);
    case 'rest-xml':
    case 'rest-xml-control':
      return new AwsServiceError('SlowDown', 'Please reduce your request rate.', 503, 'Sender', headers);
    default:
      return protocol satisfies never;
  }
}

function outage(protocol: AwsProtocol): AwsServiceError {
  switch (protocol) {
    case 'rest-json':
      return new AwsServiceError('InternalServerErrorException', 'Internal server error', 500);
    case 'ec2':
    case 'rest-xml':
    case 'rest-xml-control':
      return new AwsServiceError('InternalError', 'We encountered an internal error. Please try again.', 500);
    case 'query':
    case 'json':
      return new AwsServiceError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        500,
      );
    default:
      return protocol satisfies never;
  }
}

function stringRecord(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') {
    return {};
  }
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function send(reply: FastifyReply, answer: AwsReply): FastifyReply {
  return reply.code(answer.status).headers(answer.headers).send(answer.body);
}
