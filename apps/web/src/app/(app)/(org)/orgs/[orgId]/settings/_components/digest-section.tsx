'use client';

import { useMemo } from 'react';

import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { NativeSelect } from '@kushim/ui/components/native-select';

import { SettingsSection, SettingsToggle, type DraftEditor } from './settings-form-parts';

export function DigestSection({ editor: { draft, set, fieldError, readOnly } }: { editor: DraftEditor }) {
  const timeZones = useMemo(() => [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])], []);
  return (
    <SettingsSection
      title="Daily digest"
      description="One message a day with what changed, at the time you choose."
    >
      <SettingsToggle
        id="digest-enabled"
        label="Send a daily digest"
        checked={draft.digestEnabled}
        disabled={readOnly}
        onChange={(value) => set('digestEnabled', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="digest-time" label="Send at" error={fieldError('digestTime')}>
          {(control) => (
            <Input
              {...control}
              type="time"
              disabled={readOnly}
              value={draft.digestTime}
              onChange={(event) => set('digestTime', event.target.value)}
            />
          )}
        </FormField>
        <FormField id="digest-timezone" label="Time zone" error={fieldError('timezone')}>
          {(control) => (
            <NativeSelect
              {...control}
              disabled={readOnly}
              value={draft.timezone}
              onChange={(event) => set('timezone', event.target.value)}
            >
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </div>
    </SettingsSection>
  );
}
