/**
 * The orchestrator behind the README's commands: `demo` (start the product with demo data), `test` (every tier),
 * `bench`, `db:migrate`, `db:seed`. It owns processes it starts and stops them by PID on exit.
 */
import { runBench } from './bench';
import { runDemo } from './demo';
import { migrate, seed } from './database';
import { stopAll } from './processes';
import { runTests } from './test';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  demo: () => runDemo({ dev: false }),
  dev: () => runDemo({ dev: true }),
  test: (args) => runTests(args),
  bench: (args) => runBench(args),
  'db:migrate': async () => {
    await migrate();
    return 0;
  },
  'db:seed': async () => {
    await seed();
    return 0;
  },
};

async function main(): Promise<void> {
  const [name = 'demo', ...args] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    console.error(`unknown command "${name}"; one of: ${Object.keys(commands).join(', ')}`);
    process.exit(2);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stopAll().then(() => process.exit(130));
    });
  }
  let code = 1;
  try {
    code = await command(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await stopAll();
  }
  process.exit(code);
}

void main();
