import type { FastifyRequest } from 'fastify';
import type { AwsProtocol } from './protocol';

/** The SigV4 credential scope: `Credential=<access key id>/<date>/<region>/<service>/aws4_request`. */
export interface AwsCredentialScope {
  accessKeyId: string;
  region: string;
  service: string;
}

export function credentialScope(request: FastifyRequest): AwsCredentialScope | undefined {
  const header = request.headers.authorization ?? '';
  const match = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(header);
  if (!match) {
    return undefined;
  }
  return { accessKeyId: match[1] ?? '', region: match[2] ?? '', service: match[3] ?? '' };
}

/** How each service (by its SigV4 signing name) speaks. S3 Control signs as `s3` and is told apart by its path. */
export function protocolOf(service: string, path: string): AwsProtocol | undefined {
  switch (service) {
    case 'iam':
    case 'sts':
    case 'rds':
      return 'query';
    case 'ec2':
      return 'ec2';
    case 'cloudtrail':
    case 'kms':
    case 'config':
      return 'json';
    case 'guardduty':
      return 'rest-json';
    case 's3':
      return path.startsWith('/v20180820/') ? 'rest-xml-control' : 'rest-xml';
    default:
      return undefined;
  }
}

/** Query protocols put the operation in the form body's `Action`; JSON protocols in `X-Amz-Target: <prefix>.<Op>`. */
export function operationOf(protocol: AwsProtocol, request: FastifyRequest): string {
  if (protocol === 'query' || protocol === 'ec2') {
    const body = request.body as Record<string, unknown> | undefined;
    return typeof body?.Action === 'string' ? body.Action : '';
  }
  if (protocol === 'json') {
    const target = request.headers['x-amz-target'];
    return typeof target === 'string' ? (target.split('.').pop() ?? '') : '';
  }
  return '';
}
