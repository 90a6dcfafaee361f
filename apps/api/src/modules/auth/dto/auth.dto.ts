import {
  AcceptInviteRequestSchema,
  LoginRequestSchema,
  RefreshRequestSchema,
  SignupRequestSchema,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class SignupDto extends createZodDto(SignupRequestSchema) {}
export class LoginDto extends createZodDto(LoginRequestSchema) {}
export class RefreshDto extends createZodDto(RefreshRequestSchema) {}
export class AcceptInviteDto extends createZodDto(AcceptInviteRequestSchema) {}
