import type { FormFailure } from '@/lib/api/form-failure';

type SetFieldError<Field extends string> = (
  name: Field,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void;

/** Shows a server action's failure on the form: field messages next to fields, focus on the first one. */
export function applyFormFailure<Field extends string>(
  failure: FormFailure<Field>,
  fields: readonly Field[],
  setError: SetFieldError<Field>,
): void {
  const firstInvalid = fields.find((field) => failure.fieldErrors[field] !== undefined);
  for (const field of fields) {
    const message = failure.fieldErrors[field];
    if (message !== undefined) {
      setError(field, { type: 'server', message }, { shouldFocus: field === firstInvalid });
    }
  }
}
