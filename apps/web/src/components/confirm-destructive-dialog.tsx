'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { Button } from '@kushim/ui/components/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@kushim/ui/components/dialog';

import { FormAlert } from '@/components/form-alert';

export type ConfirmDestructiveDialogProps = {
  /** The trigger button's text, e.g. "Remove". */
  trigger: string;
  /** The trigger's accessible name when its text alone is ambiguous in a table, e.g. "Remove Ada". */
  triggerLabel?: string;
  title: string;
  description: ReactNode;
  /** The button that closes without acting, e.g. "Keep". */
  keep: string;
  /** The destructive button, and its text while the request runs. */
  confirm: string;
  pending: string;
  /** The request; the dialog shows its error and stays open when it fails. */
  action: () => Promise<unknown>;
  /** After success, once the dialog has closed: tell the person and refresh what changed. */
  onDone: () => Promise<void> | void;
};

/** Asks before an irreversible change, runs it, and keeps the API's refusal in view if it fails. */
export function ConfirmDestructiveDialog({
  trigger,
  triggerLabel,
  title,
  description,
  keep,
  confirm,
  pending,
  action,
  onDone,
}: ConfirmDestructiveDialogProps) {
  const [open, setOpen] = useState(false);
  const run = useMutation({
    mutationFn: action,
    onSuccess: async () => {
      setOpen(false);
      await onDone();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        run.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive" aria-label={triggerLabel}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <FormAlert message={run.error?.message} />
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            {keep}
          </Button>
          <Button variant="destructive" onClick={() => run.mutate()} disabled={run.isPending}>
            {run.isPending ? pending : confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
