import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ApiConfig } from '../../config/api-config';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RefreshService } from './refresh.service';
import { SessionTokens } from './session-tokens.service';
import { ApiKeyStrategy } from './strategies/api-key.strategy';
import { JwtStrategy } from './strategies/jwt.strategy';
import { UserAuditService } from './user-audit.service';
import { UserRepository } from './user.repository';

@Module({
  imports: [
    PassportModule,
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({
        secret: config.env.JWT_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: config.env.ACCESS_TOKEN_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    RefreshService,
    SessionTokens,
    RefreshTokenRepository,
    LoginThrottleService,
    UserRepository,
    UserAuditService,
    JwtStrategy,
    ApiKeyStrategy,
  ],
  exports: [SessionTokens, RefreshTokenRepository, UserRepository, LoginThrottleService],
})
export class AuthModule {}
