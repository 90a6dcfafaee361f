import { Global, Module } from '@nestjs/common';
import { ApiConfig } from '@/config/api-config';
import { QueueService } from './queue.service';
import { QUEUE_SETTINGS, queueSettingsFrom } from './queue-settings';

/** Producer side of the queues (REDIS_URL, REDIS_PREFIX), for the API and the worker. */
@Global()
@Module({
  providers: [
    {
      provide: QUEUE_SETTINGS,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => queueSettingsFrom(config.env),
    },
    QueueService,
  ],
  exports: [QueueService, QUEUE_SETTINGS],
})
export class QueueModule {}
