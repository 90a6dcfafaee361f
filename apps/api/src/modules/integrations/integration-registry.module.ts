import { Global, Module } from '@nestjs/common';
import { createRegistry, type Registry } from '@kushim/integrations';

/** The providers and checks Kushim ships (built once; building throws on any duplicate id). */
export const INTEGRATION_REGISTRY = Symbol('INTEGRATION_REGISTRY');
export type IntegrationRegistry = Registry;

@Global()
@Module({
  providers: [{ provide: INTEGRATION_REGISTRY, useFactory: createRegistry }],
  exports: [INTEGRATION_REGISTRY],
})
export class IntegrationRegistryModule {}
