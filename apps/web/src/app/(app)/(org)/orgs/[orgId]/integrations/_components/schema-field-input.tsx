'use client';

import type { UseFormRegister } from 'react-hook-form';

import { Checkbox } from '@kushim/ui/components/checkbox';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { Label } from '@kushim/ui/components/label';
import { Textarea } from '@kushim/ui/components/textarea';

import type { RawValue, SchemaField } from '@/lib/integrations/schema-fields';

export type ConnectFormValues = {
  name: string;
  credentials: Record<string, RawValue>;
  settings: Record<string, RawValue>;
};

type Props = {
  group: 'credentials' | 'settings';
  field: SchemaField;
  idPrefix: string;
  register: UseFormRegister<ConnectFormValues>;
  error: string | undefined;
  booleanValue?: boolean;
  onBooleanChange?: (value: boolean) => void;
};

/** One input generated from a JSON Schema property, labelled with its name and described by its description. */
export function SchemaFieldInput({
  group,
  field,
  idPrefix,
  register,
  error,
  booleanValue,
  onBooleanChange,
}: Props) {
  const id = `${idPrefix}-${group}-${field.name}`;
  const path = `${group}.${field.name}` as const;
  if (field.kind === 'boolean') {
    return (
      <div className="grid gap-1">
        <div className="flex items-center gap-2">
          <Checkbox
            id={id}
            checked={booleanValue ?? false}
            onCheckedChange={(checked) => onBooleanChange?.(checked === true)}
          />
          <Label htmlFor={id}>{field.label}</Label>
        </div>
        {field.description ? <p className="text-xs text-muted-foreground">{field.description}</p> : null}
      </div>
    );
  }
  const label = field.required ? field.label : `${field.label} (optional)`;
  const description =
    field.kind === 'list'
      ? `${field.description ?? ''} One per line, or comma-separated.`.trim()
      : field.description;
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) =>
        field.kind === 'list' ? (
          <Textarea {...control} rows={2} {...register(path)} />
        ) : (
          <Input
            {...control}
            type={
              field.kind === 'secret'
                ? 'password'
                : field.kind === 'url'
                  ? 'url'
                  : field.kind === 'email'
                    ? 'email'
                    : field.kind === 'integer' || field.kind === 'number'
                      ? 'number'
                      : 'text'
            }
            autoComplete={field.kind === 'secret' ? 'new-password' : 'off'}
            spellCheck={false}
            required={field.required}
            {...register(path)}
          />
        )
      }
    </FormField>
  );
}
