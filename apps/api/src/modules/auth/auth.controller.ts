import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignupResponse, TokenPair } from '@kushim/contracts';
import {
  CurrentActor,
  Public,
  RequestContext,
  type Actor,
  type RequestContextValue,
} from '../../common/auth';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto, SignupDto } from './dto/auth.dto';
import { RefreshService } from './refresh.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly refresh: RefreshService,
  ) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: 'Create an organization and its OWNER; returns the first session' })
  signup(@Body() body: SignupDto, @RequestContext() context: RequestContextValue): Promise<SignupResponse> {
    return this.auth.signup(body, context);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange email and password for a session (429 with Retry-After when throttled)',
  })
  login(@Body() body: LoginDto, @RequestContext() context: RequestContextValue): Promise<TokenPair> {
    return this.auth.login(body, context);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate a refresh token; a spent token revokes its whole family' })
  rotate(@Body() body: RefreshDto, @RequestContext() context: RequestContextValue): Promise<TokenPair> {
    return this.refresh.rotate(body.refreshToken, context);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  async logout(
    @Body() body: RefreshDto,
    @CurrentActor() actor: Actor,
    @RequestContext() context: RequestContextValue,
  ): Promise<void> {
    if (actor.kind !== 'user') {
      throw new ForbiddenException('API keys have no session to end');
    }
    await this.refresh.endSession(actor.userId, body.refreshToken, context);
  }
}
