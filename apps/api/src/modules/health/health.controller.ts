import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../../common/auth';
import { ReadinessIndicators } from './readiness.indicators';

/** Served at the root (outside /api/v1) for load balancers and orchestrators. */
@ApiTags('operations')
@Public()
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  /** The process is up. No I/O: also the benchmark's no-op route. */
  @Get('health')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis answer (503 otherwise)' })
  async ready(): Promise<{ status: 'ok'; details: Record<string, unknown> }> {
    try {
      const result = await this.health.check([
        () => this.readiness.databaseSelect(),
        () => this.readiness.redisPing(),
      ]);
      return { status: 'ok', details: result.details };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        const body = error.getResponse() as { error?: Record<string, unknown> };
        const down = Object.keys(body.error ?? {});
        throw new ServiceUnavailableException(
          `Not ready: ${down.join(' and ') || 'a dependency'} unreachable`,
        );
      }
      throw error;
    }
  }
}
