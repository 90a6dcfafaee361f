import { randomUUID } from 'node:crypto';
import type { AwsScenarioData } from './data';
import { document, text } from './xml';

/** The wire protocol a service speaks, which decides how its responses and errors look. */
/** `rest-xml-control` is S3 Control: REST/XML like S3, but errors wrapped in `<ErrorResponse>`. */
export type AwsProtocol = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml' | 'rest-xml-control';

export interface AwsReply {
  status: number;
  headers: Record<string, string>;
  /** A Buffer only for S3 object bytes. */
  body: string | Buffer;
}

/** What a service handler sees of a request. */
export interface AwsCall {
  service: string;
  region: string;
  /** Query protocols: `Action`; JSON: the X-Amz-Target operation; REST: empty. */
  action: string;
  params: Record<string, string>;
  json: Record<string, unknown>;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  data: AwsScenarioData;
  requestId: string;
  /** The raw request body, for S3 PutObject only (other calls are parsed into `params` or `json`). */
  body?: Buffer;
}

/** A modelled AWS error: the handler throws it, the protocol renders it in the service's real error shape. */
export class AwsServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
    readonly extraHeaders: Record<string, string> = {},
    /** Extra elements of a REST/XML error, after Message (S3's `<Key>`, `<BucketName>`, …). */
    readonly details: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const newRequestId = (): string => randomUUID();

export function xmlReply(body: string, requestId: string, status = 200): AwsReply {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

export function jsonReply(
  protocol: 'json' | 'rest-json',
  body: unknown,
  requestId: string,
  status = 200,
): AwsReply {
  const contentType = protocol === 'json' ? 'application/x-amz-json-1.1' : 'application/json';
  return {
    status,
    headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
    body: JSON.stringify(body),
  };
}

/** Query-protocol success envelope: `<XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>`. */
export function queryResponse(call: AwsCall, namespace: string, result: string[]): AwsReply {
  const body = document(`${call.action}Response`, namespace, [
    result.length > 0 ? `<${call.action}Result>${result.join('')}</${call.action}Result>` : '',
    `<ResponseMetadata>${text('RequestId', call.requestId)}</ResponseMetadata>`,
  ]);
  return xmlReply(body, call.requestId);
}

/** EC2-protocol success envelope: `<XResponse><requestId/>…</XResponse>` (no Result wrapper). */
export function ec2Response(call: AwsCall, content: string[]): AwsReply {
  const body = document(`${call.action}Response`, 'http://ec2.amazonaws.com/doc/2016-11-15/', [
    text('requestId', call.requestId),
    ...content,
  ]);
  return xmlReply(body, call.requestId);
}

/** Renders an error the way the protocol's services do. */
export function errorReply(
  protocol: AwsProtocol,
  error: AwsServiceError,
  requestId: string,
  namespace?: string,
): AwsReply {
  const headers = { ...error.extraHeaders, 'x-amzn-requestid': requestId };
  switch (protocol) {
    case 'query': {
      const body = document('ErrorResponse', namespace, [
        `<Error>${text('Type', error.type)}${text('Code', error.code)}${text('Message', error.message)}</Error>`,
        text('RequestId', requestId),
      ]);
      return { status: error.status, headers: { ...headers, 'content-type': 'text/xml' }, body };
    }
    case 'ec2': {
      const body = document('Response', undefined, [
        `<Errors><Error>${text('Code', error.code)}${text('Message', error.message)}</Error></Errors>`,
        text('RequestID', requestId),
      ]);
      return { status: error.status, headers: { ...headers, 'content-type': 'text/xml' }, body };
    }
    case 'json':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.code },
        body: JSON.stringify({ __type: error.code, message: error.message }),
      };
    case 'rest-json':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/json', 'x-amzn-errortype': `${error.code}:` },
        body: JSON.stringify({ __type: error.code, message: error.message }),
      };
    case 'rest-xml': {
      const body = document('Error', undefined, [
        text('Code', error.code),
        text('Message', error.message),
        ...Object.entries(error.details).map(([name, value]) => text(name, value)),
        text('RequestId', requestId),
        text('HostId', Buffer.from(requestId).toString('base64')),
      ]);
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        body,
      };
    }
    case 'rest-xml-control': {
      const body = document('ErrorResponse', undefined, [
        `<Error>${text('Code', error.code)}${text('Message', error.message)}</Error>`,
        text('RequestId', requestId),
        text('HostId', Buffer.from(requestId).toString('base64')),
      ]);
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        body,
      };
    }
    default:
      return protocol satisfies never;
  }
}

/** Pages a list by a numeric-offset token, as the sandbox's stand-in for AWS's opaque markers. */
export function page<T>(
  items: readonly T[],
  size: number | undefined,
  token: string | undefined,
): { items: T[]; next?: string } {
  const start = token ? Number(token) || 0 : 0;
  const limit = size && size > 0 ? size : items.length || 1;
  const slice = items.slice(start, start + limit);
  const end = start + slice.length;
  return end < items.length ? { items: slice, next: String(end) } : { items: slice };
}

export function unknownOperation(call: AwsCall): AwsServiceError {
  return call.service === 's3'
    ? new AwsServiceError(
        'NotImplemented',
        'A header or query you provided implies functionality that is not implemented.',
        501,
      )
    : call.action
      ? new AwsServiceError(
          'InvalidAction',
          `The action ${call.action} is not valid for this web service.`,
          400,
        )
      : new AwsServiceError('UnknownOperationException', 'Unknown operation', 400);
}
