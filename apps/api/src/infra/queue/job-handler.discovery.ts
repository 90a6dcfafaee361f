import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { JobContext } from './job-context';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import type { DiscoveredJobHandler } from './job-handler-registry';

type HandlerMethod = (payload: unknown, context: JobContext) => Promise<unknown>;

/** Finds every @JobHandler method on the application's provider instances. */
@Injectable()
export class JobHandlerDiscovery {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  discover(): DiscoveredJobHandler[] {
    const handlers: DiscoveredJobHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) {
        continue;
      }
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[methodName];
        if (typeof method !== 'function') {
          continue;
        }
        const jobName = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, method as HandlerMethod);
        if (!jobName) {
          continue;
        }
        handlers.push({
          jobName,
          owner: `${instance.constructor.name}.${methodName}`,
          invoke: (payload, context) => (method as HandlerMethod).call(instance, payload, context),
        });
      }
    }
    return handlers;
  }
}
