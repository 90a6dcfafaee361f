import {
  InviteMemberRequestSchema,
  MemberParamsSchema,
  PageQuerySchema,
  UpdateMemberRequestSchema,
} from '@kushim/contracts';
import { createZodDto } from 'nestjs-zod';

export class InviteMemberDto extends createZodDto(InviteMemberRequestSchema) {}
export class UpdateMemberDto extends createZodDto(UpdateMemberRequestSchema) {}
export class MemberParamsDto extends createZodDto(MemberParamsSchema) {}
export class MembersPageQueryDto extends createZodDto(PageQuerySchema) {}
