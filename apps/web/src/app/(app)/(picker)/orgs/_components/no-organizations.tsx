import { Users } from 'lucide-react';

/** What someone without any membership can do next. */
export function NoOrganizations({ email }: { email: string }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-12 text-center">
      <Users className="size-6 text-muted-foreground" aria-hidden />
      <h2 className="text-sm font-semibold">You are not a member of any organization yet</h2>
      <p className="max-w-sm text-sm text-muted-foreground">
        Ask an owner or admin of your organization to invite{' '}
        <span className="font-medium text-foreground">{email}</span>. The invitation link adds the
        organization here. If your access as an auditor has ended, ask for a new invitation.
      </p>
    </div>
  );
}
