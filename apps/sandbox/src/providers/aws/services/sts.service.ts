import { type AwsCall, type AwsReply, queryResponse, unknownOperation } from '../protocol';
import { text } from '../xml';

export const stsNamespace = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** STS over the Query protocol: GetCallerIdentity and AssumeRole (a short session for the same scenario). */
export function handleSts(call: AwsCall, accessKeyId: string): AwsReply {
  const { data } = call;
  switch (call.action) {
    case 'GetCallerIdentity':
      return queryResponse(call, stsNamespace, [
        text('Arn', `arn:aws:iam::${data.accountId}:user/kushim-audit`),
        text('UserId', 'AIDAKUSHIMAUDITOR0001'),
        text('Account', data.accountId),
      ]);
    case 'AssumeRole': {
      const roleArn = call.params.RoleArn ?? '';
      const session = call.params.RoleSessionName ?? 'session';
      const expiration = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return queryResponse(call, stsNamespace, [
        `<Credentials>${text('AccessKeyId', `${accessKeyId}_assumed`)}${text('SecretAccessKey', 'sandbox-session-secret')}${text('SessionToken', 'sandbox-session-token')}${text('Expiration', expiration)}</Credentials>`,
        `<AssumedRoleUser>${text('AssumedRoleId', `AROAKUSHIMSANDBOX:${session}`)}${text('Arn', `${roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${session}`)}</AssumedRoleUser>`,
      ]);
    }
    default:
      throw unknownOperation(call);
  }
}
