import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { ProviderList } from '@kushim/contracts';
import { INTEGRATION_REGISTRY, type IntegrationRegistry } from './integration-registry.module';

const jsonSchema = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('integrations/providers')
export class ProvidersController {
  private readonly list: ProviderList;

  constructor(@Inject(INTEGRATION_REGISTRY) registry: IntegrationRegistry) {
    // The registry never changes while the process runs: build the answer once.
    this.list = {
      items: registry.allProviders().map((provider) => ({
        id: provider.id,
        name: provider.name,
        description: provider.description,
        credentialSchema: jsonSchema(provider.credentialSchema),
        settingsSchema: jsonSchema(provider.settingsSchema),
        permissions: provider.permissions.map(({ permission, reason }) => ({ permission, reason })),
        checks: provider.checks.length,
      })),
    };
  }

  @Get()
  @ApiOperation({
    summary: 'The providers Kushim connects to: credential JSON Schema and the permissions needed',
  })
  providers(): ProviderList {
    return this.list;
  }
}
