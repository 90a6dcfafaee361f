import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TokenPair } from '@kushim/contracts';
import { Public, RequestContext, type RequestContextValue } from '../../common/auth';
import { AcceptInviteDto } from '../auth/dto/auth.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('auth')
@Controller('auth')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Post('accept-invite')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation: creates the account (or signs in the existing one) and joins',
  })
  accept(@Body() body: AcceptInviteDto, @RequestContext() context: RequestContextValue): Promise<TokenPair> {
    return this.invitations.accept(body, context);
  }
}
