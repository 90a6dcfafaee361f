'use client';

import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { SettingsSection, SEVERITIES, SEVERITY_NAMES, type DraftEditor } from './settings-form-parts';

export function SlaSection({ editor: { draft, set, fieldError, readOnly } }: { editor: DraftEditor }) {
  return (
    <SettingsSection
      title="Remediation SLAs"
      description="Days a failing check may stay failing before it is overdue, by severity."
    >
      <div className="grid gap-4 sm:grid-cols-4">
        {SEVERITIES.map((severity) => (
          <FormField
            key={severity}
            id={`sla-${severity}`}
            label={`${SEVERITY_NAMES[severity]} (days)`}
            error={fieldError(`slaDays.${severity}`)}
          >
            {(control) => (
              <Input
                {...control}
                type="number"
                min={1}
                max={3650}
                disabled={readOnly}
                value={String(draft.slaDays[severity])}
                onChange={(event) =>
                  set('slaDays', { ...draft.slaDays, [severity]: Number(event.target.value) })
                }
              />
            )}
          </FormField>
        ))}
      </div>
    </SettingsSection>
  );
}
