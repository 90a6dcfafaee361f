import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadEnvOrExit } from '@/config/load-env';
import { createNestLogger, createWinstonLogger } from '@/common/logging/create-logger';
import { JobWorkerService } from '@/infra/queue/job-worker.service';
import { WorkerModule } from './worker.module';

/**
 * Worker entry: a Nest application context (no HTTP server) that runs the registered jobs. It exits 1 with a message
 * when the environment is invalid or a job has no handler (or two); SIGTERM/SIGINT close the BullMQ workers, which
 * wait for running jobs, then the database pools.
 */
async function bootstrap(): Promise<void> {
  const env = loadEnvOrExit();
  const logger = createNestLogger(createWinstonLogger({ level: env.LOG_LEVEL }));
  try {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), {
      logger,
      abortOnError: false,
    });
    app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
    await app.get(JobWorkerService).start();
    logger.log('Kushim worker started', 'Worker');
  } catch (error) {
    logger.error(
      `Worker failed to start: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      'Worker',
    );
    process.exit(1);
  }
}

void bootstrap();
