import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerDiscovery } from './job-handler.discovery';
import { defaultJobRegistry, JOB_REGISTRY, JobWorkerService } from './job-worker.service';

/** Processes jobs. Imported by the worker's module only: the API never processes jobs. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerDiscovery, JobWorkerService, { provide: JOB_REGISTRY, useValue: defaultJobRegistry }],
})
export class JobWorkerModule {}
