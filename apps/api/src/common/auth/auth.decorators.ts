import { SetMetadata } from '@nestjs/common';
import type { RoleName } from '@kushim/contracts';

export const IS_PUBLIC = 'kushim:public';
export const MIN_ROLE = 'kushim:min-role';

/** No authentication required (sign-up, login, health…). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Raises the minimum role for a `:orgId` handler above the default (any member reads; writers write). */
export const MinRole = (role: RoleName): MethodDecorator & ClassDecorator => SetMetadata(MIN_ROLE, role);
