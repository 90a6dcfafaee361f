import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@kushim/contracts';
import { CurrentActor, type Actor } from '../../common/auth';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in person and all their memberships (expired ones included)' })
  get(@CurrentActor() actor: Actor): Promise<MeResponse> {
    if (actor.kind !== 'user') {
      throw new ForbiddenException('API keys have no user profile');
    }
    return this.me.get(actor.userId);
  }
}
