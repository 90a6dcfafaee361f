import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ApiConfig } from './api-config';
import type { Env } from './env.schema';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: ApiConfig, useValue: new ApiConfig(env) }],
      exports: [ApiConfig],
    };
  }
}
