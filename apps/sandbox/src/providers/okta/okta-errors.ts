import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Okta's JSON error body: errorCode, errorSummary, errorLink (the code again), errorId, errorCauses. */
export function sendOktaError(
  reply: FastifyReply,
  status: number,
  errorCode: string,
  errorSummary: string,
): FastifyReply {
  return reply
    .code(status)
    .header('x-okta-request-id', requestId())
    .send({
      errorCode,
      errorSummary,
      errorLink: errorCode,
      errorId: `oae${randomBytes(11).toString('base64url')}`,
      errorCauses: [],
    });
}

export function requestId(): string {
  return randomBytes(12).toString('base64url');
}

export const oktaErrors = {
  invalidToken: (reply: FastifyReply) => sendOktaError(reply, 401, 'E0000011', 'Invalid token provided'),
  rateLimited: (reply: FastifyReply, retryAfterSeconds: number) => {
    const reset = Math.ceil(Date.now() / 1000) + retryAfterSeconds;
    void reply
      .header('x-rate-limit-limit', '600')
      .header('x-rate-limit-remaining', '0')
      .header('x-rate-limit-reset', String(reset));
    return sendOktaError(reply, 429, 'E0000047', 'API call exceeded rate limit due to too many requests.');
  },
  internal: (reply: FastifyReply) => sendOktaError(reply, 500, 'E0000009', 'Internal Server Error'),
  notFound: (reply: FastifyReply, id: string, type: string) =>
    sendOktaError(reply, 404, 'E0000007', `Not found: Resource not found: ${id} (${type})`),
  invalidSearch: (reply: FastifyReply) => sendOktaError(reply, 400, 'E0000031', 'Invalid search criteria.'),
  validation: (reply: FastifyReply, field: string) =>
    sendOktaError(reply, 400, 'E0000001', `Api validation failed: ${field}`),
};
