'use client';

import type { IntegrationView } from '@kushim/contracts';

import { FormField } from '@kushim/ui/components/form-field';
import { NativeSelect } from '@kushim/ui/components/native-select';

import type { DraftEditor } from './settings-form-parts';

/** Which connected integration of one provider posts the alerts or opens the tickets. */
export function IntegrationSelect({
  id,
  field,
  label,
  integrations,
  editor: { draft, set, fieldError, readOnly },
}: {
  id: string;
  field: 'slackIntegrationId' | 'jiraIntegrationId';
  label: string;
  integrations: readonly IntegrationView[];
  editor: DraftEditor;
}) {
  return (
    <FormField id={id} label={label} error={fieldError(field)}>
      {(control) => (
        <NativeSelect
          {...control}
          disabled={readOnly}
          value={draft[field] ?? ''}
          onChange={(event) => set(field, event.target.value || null)}
        >
          <option value="">None</option>
          {integrations.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormField>
  );
}
