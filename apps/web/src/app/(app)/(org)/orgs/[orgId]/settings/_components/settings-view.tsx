'use client';

import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { CollectionSchedule } from './collection-schedule';
import { NotificationSettingsForm } from './notification-settings-form';

export function SettingsView() {
  const { can } = useOrg();
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          can.write
            ? 'Where alerts go, how fast failing checks must be fixed, and how often evidence is collected. Every change is recorded in the audit log.'
            : 'How this organization is configured. Your role can read these settings but not change them.'
        }
      />
      <div className="grid gap-8">
        <NotificationSettingsForm />
        <CollectionSchedule />
      </div>
    </>
  );
}
