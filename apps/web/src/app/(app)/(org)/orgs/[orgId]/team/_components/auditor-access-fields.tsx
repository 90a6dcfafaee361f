'use client';

import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import type { MemberAccessValues } from '@/lib/team/member-access-request';

type AuditorAccess = Pick<MemberAccessValues, 'expiresAt' | 'windowFrom' | 'windowTo'>;

/** An auditor's access expiry and audit window, in the browser's local time; shared by invite and change access. */
export function AuditorAccessFields({
  idPrefix,
  values,
  onChange,
  fieldError,
  hint,
}: {
  idPrefix: string;
  values: AuditorAccess;
  onChange: (key: keyof AuditorAccess, value: string) => void;
  fieldError: (field: string) => string | undefined;
  hint: string;
}) {
  const dateTimeField = (key: keyof AuditorAccess) => (control: object) => (
    <Input
      {...control}
      type="datetime-local"
      value={values[key]}
      onChange={(event) => onChange(key, event.target.value)}
    />
  );
  return (
    <fieldset className="grid gap-3 rounded-md border p-3">
      <legend className="px-1 text-sm font-medium">Auditor access (your local time)</legend>
      <FormField id={`${idPrefix}-expires`} label="Access expires (optional)" error={fieldError('expiresAt')}>
        {dateTimeField('expiresAt')}
      </FormField>
      <div className="grid grid-cols-2 gap-3">
        <FormField
          id={`${idPrefix}-window-from`}
          label="Audit window from"
          error={fieldError('auditWindow.from') ?? fieldError('auditWindow')}
        >
          {dateTimeField('windowFrom')}
        </FormField>
        <FormField id={`${idPrefix}-window-to`} label="Audit window to" error={fieldError('auditWindow.to')}>
          {dateTimeField('windowTo')}
        </FormField>
      </div>
      <p className="text-xs text-muted-foreground">{hint}</p>
    </fieldset>
  );
}
