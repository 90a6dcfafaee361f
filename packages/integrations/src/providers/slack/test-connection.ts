import type { WebClient } from '@slack/web-api';
import { IntegrationAuthError, IntegrationPermissionError } from '../../core/errors';
import type { ConnectionTestResult } from '../../core/provider';
import { classifySlackError } from './errors';

/**
 * auth.test proves the token; one cheap call per read scope finds the missing ones (Slack names them in `needed`).
 */
export async function testSlackConnection(client: WebClient): Promise<ConnectionTestResult> {
  let workspace: string;
  try {
    const identity = await client.auth.test();
    workspace = identity.team ?? identity.team_id ?? 'the workspace';
  } catch (error) {
    const typed = classifySlackError(error);
    return {
      ok: false,
      message:
        typed instanceof IntegrationAuthError ? typed.message : `Could not reach Slack: ${typed.message}`,
      missingPermissions: [],
    };
  }
  const probes: (() => Promise<unknown>)[] = [
    () => client.team.info(),
    () => client.users.list({ limit: 1 }),
    () => client.conversations.list({ limit: 1, types: 'public_channel,private_channel' }),
  ];
  const missing: string[] = [];
  for (const probe of probes) {
    try {
      await probe();
    } catch (error) {
      const typed = classifySlackError(error);
      if (!(typed instanceof IntegrationPermissionError)) {
        return { ok: false, message: `Slack call failed: ${typed.message}`, missingPermissions: [] };
      }
      missing.push(...typed.missingPermissions);
    }
  }
  return missing.length === 0
    ? { ok: true, message: `Connected to Slack workspace ${workspace}.`, missingPermissions: [] }
    : {
        ok: false,
        message: `Connected to ${workspace}, but the app lacks: ${missing.join(', ')}.`,
        missingPermissions: missing,
      };
}
