import { prepareDatabase, resolveDatabase } from './database';
import { requireRedis } from './redis';
import { build, startStack } from './stack';

export const DEMO_LOGIN = { email: 'demo@kushim.dev', password: 'kushim-demo-2026' } as const;

/** Signs the demo owner up through the product's own API the first time; later runs just log in. */
async function ensureDemoAccount(apiUrl: string): Promise<void> {
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (login.ok) {
    return;
  }
  const signup = await fetch(`${apiUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizationName: 'Acme', name: 'Dana Demo', ...DEMO_LOGIN }),
  });
  if (!signup.ok) {
    throw new Error(`could not create the demo account: ${signup.status} ${await signup.text()}`);
  }
}

export async function runDemo({ dev }: { dev: boolean }): Promise<number> {
  const redisUrl = await requireRedis();
  const db = await resolveDatabase();
  try {
    await prepareDatabase(db.url);
    console.log('» building api and web (first run takes a minute)…');
    await build({ web: true });
    const apiPort = Number(process.env.PORT ?? 4000);
    const webPort = Number(process.env.WEB_PORT ?? 3000);
    const stack = await startStack({ databaseUrl: db.url, redisUrl, apiPort, webPort, worker: true, quiet: !dev });
    await ensureDemoAccount(stack.apiUrl);
    console.log(
      [
        '',
        `  Kushim is running:  http://localhost:${webPort}`,
        `  API docs:           http://localhost:${apiPort}/api/docs`,
        `  demo login:         ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`,
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
    await db.stop();
  }
}
