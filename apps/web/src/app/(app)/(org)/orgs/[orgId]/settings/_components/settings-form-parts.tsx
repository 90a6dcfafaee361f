'use client';

import type { ReactNode } from 'react';

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { FormField } from '@kushim/ui/components/form-field';
import { Label } from '@kushim/ui/components/label';
import { NativeSelect } from '@kushim/ui/components/native-select';
import { Switch } from '@kushim/ui/components/switch';

import type { Severity } from '@/components/status/status-badges';
import type { SettingsDraft } from '@/lib/settings/settings-draft';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export const SEVERITY_NAMES: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** What every section of the settings form receives: the draft, how to change it, and the API's field errors. */
export interface DraftEditor {
  draft: SettingsDraft;
  set: <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => void;
  fieldError: (field: string) => string | undefined;
  readOnly: boolean;
}

export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

/** A switch whose label also says its state in words, so the state is never shown by position or colour alone. */
export function SettingsToggle({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div className="flex items-center gap-3">
      <Switch id={id} checked={checked} disabled={disabled} onCheckedChange={onChange} />
      <Label htmlFor={id}>
        {label}: <span className="font-normal">{checked ? 'on' : 'off'}</span>
      </Label>
    </div>
  );
}

export function SeveritySelect({
  id,
  field,
  label,
  editor: { draft, set, fieldError, readOnly },
}: {
  id: string;
  field: 'slackMinSeverity' | 'jiraMinSeverity';
  label: string;
  editor: DraftEditor;
}) {
  return (
    <FormField id={id} label={label} error={fieldError(field)}>
      {(control) => (
        <NativeSelect
          {...control}
          disabled={readOnly}
          value={draft[field]}
          onChange={(event) => set(field, event.target.value as SettingsDraft[typeof field])}
        >
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity === 'low' ? 'Low and above (everything)' : `${SEVERITY_NAMES[severity]} and above`}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormField>
  );
}
