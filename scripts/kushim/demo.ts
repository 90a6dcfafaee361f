import { createSandbox } from '@kushim/sandbox';
import { prepareDatabase, resolveDatabase } from './database';
import { seedDemoOrganization } from './demo-seed';
import { requireRedis } from './redis';
import { build, startStack } from './stack';

export const DEMO_LOGIN = { email: 'demo@kushim.dev', password: 'kushim-demo-2026' } as const;

/** The sandbox keeps a fixed port: the demo's integrations store its URL as their endpoint. */
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);

interface Session {
  accessToken: string;
  orgId: string;
}

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Signs the demo owner up through the product's own API the first time; later runs just log in. */
async function demoSession(apiUrl: string): Promise<Session> {
  let login = await post(`${apiUrl}/api/v1/auth/login`, DEMO_LOGIN);
  if (!login.ok) {
    const signup = await post(`${apiUrl}/api/v1/auth/signup`, {
      organizationName: 'Acme',
      name: 'Dana Demo',
      ...DEMO_LOGIN,
    });
    if (!signup.ok) {
      throw new Error(`could not create the demo account: ${signup.status} ${await signup.text()}`);
    }
    login = await post(`${apiUrl}/api/v1/auth/login`, DEMO_LOGIN);
  }
  const { accessToken } = (await login.json()) as { accessToken: string };
  const me = (await (
    await fetch(`${apiUrl}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } })
  ).json()) as {
    memberships: { orgId: string; organizationName: string }[];
  };
  const acme = me.memberships.find((m) => m.organizationName === 'Acme') ?? me.memberships[0];
  if (!acme) {
    throw new Error('the demo account belongs to no organization');
  }
  return { accessToken, orgId: acme.orgId };
}

export async function runDemo({ dev }: { dev: boolean }): Promise<number> {
  const redisUrl = await requireRedis();
  const db = await resolveDatabase();
  const sandbox = await createSandbox({ port: SANDBOX_PORT });
  try {
    await prepareDatabase(db.url);
    console.log('» building api and web (first run takes a minute)…');
    await build({ web: true });
    const apiPort = Number(process.env.PORT ?? 4000);
    const webPort = Number(process.env.WEB_PORT ?? 3000);
    const stack = await startStack({
      databaseUrl: db.url,
      redisUrl,
      apiPort,
      webPort,
      worker: true,
      quiet: !dev,
    });
    const session = await demoSession(stack.apiUrl);
    const seeded = await seedDemoOrganization(stack.apiUrl, sandbox.url, session.accessToken, session.orgId);
    console.log(
      [
        '',
        `  Kushim is running:  http://localhost:${webPort}`,
        `  API docs:           http://localhost:${apiPort}/api/docs`,
        `  demo login:         ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`,
        `  Acme:               ${seeded.connected.length ? `connected ${seeded.connected.join(', ')} to the sandbox; ` : ''}sweep ${seeded.runId} started`,
        `  sandbox:            ${sandbox.url} (recordings at /_sandbox/recordings)`,
        '',
        '  Ctrl-C stops everything.',
      ].join('\n'),
    );
    await new Promise<void>((resolve) => {
      for (const p of stack.processes) {
        p.child.once('exit', (code) => {
          console.error(`${p.name} exited (${code ?? 'signal'}); stopping.`);
          resolve();
        });
      }
    });
    return 1;
  } finally {
    await sandbox.close();
    await db.stop();
  }
}
