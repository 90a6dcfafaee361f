import type { CreateExceptionRequest } from '@kushim/contracts';
import { z } from 'zod';

/** The exception dialog's fields: why the risk is accepted, and the last day the acceptance holds. */
export const ExceptionFormSchema = z.object({
  justification: z
    .string()
    .trim()
    .min(10, 'Explain the decision in at least 10 characters.')
    .max(2000, 'At most 2000 characters.'),
  expiresOn: z.iso.date({ message: 'Choose the last day the exception applies.' }),
});
export type ExceptionFormValues = z.infer<typeof ExceptionFormSchema>;

/** Default expiry: 90 days from `today`, as YYYY-MM-DD (UTC). */
export function defaultExpiry(today: Date): string {
  return new Date(today.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
}

/** The API request: the exception lasts through the whole chosen day (UTC). */
export function toExceptionRequest(
  checkId: string,
  resourceId: string,
  values: ExceptionFormValues,
): CreateExceptionRequest {
  return {
    checkId,
    resourceId,
    justification: values.justification.trim(),
    expiresAt: `${values.expiresOn}T23:59:59.000Z`,
  };
}
