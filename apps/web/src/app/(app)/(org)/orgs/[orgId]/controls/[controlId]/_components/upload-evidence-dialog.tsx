'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { ManualEvidenceViewSchema } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { Alert, AlertDescription } from '@kushim/ui/components/alert';
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
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';
import { Textarea } from '@kushim/ui/components/textarea';

import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import {
  ManualEvidenceFormSchema,
  toManualEvidenceForm,
  type ManualEvidenceFormValues,
} from '@/lib/controls/manual-evidence-form';
import { useOrg } from '@/lib/org/org-context';

const FIELDS = ['title', 'description', 'activityDate', 'validFrom', 'validUntil'] as const;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.csv,.txt,.docx';

export function UploadEvidenceDialog({ controlId }: { controlId: string }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const form = useForm<ManualEvidenceFormValues>({
    resolver: zodResolver(ManualEvidenceFormSchema),
    defaultValues: { title: '', description: '', activityDate: '', validFrom: '', validUntil: '' },
  });
  const upload = useMutation({
    mutationFn: (values: ManualEvidenceFormValues) =>
      apiRequest(`/orgs/${orgId}/controls/${encodeURIComponent(controlId)}/evidence`, {
        method: 'POST',
        body: toManualEvidenceForm(values, file as File),
        schema: ManualEvidenceViewSchema,
      }),
    onSuccess: async (created) => {
      setOpen(false);
      form.reset();
      setFile(null);
      toast.success(`Uploaded ${created.fileName}`);
      await queryClient.invalidateQueries({ queryKey: ['org', orgId] });
    },
    onError: (error) => {
      if (error instanceof RequestError) {
        for (const field of FIELDS) {
          const message = error.fieldMessage(field);
          if (message) {
            form.setError(field, { message });
          }
        }
        const fileMessage = error.fieldMessage('file');
        if (fileMessage) {
          setFileError(fileMessage);
        }
      }
    },
  });
  const { errors } = form.formState;
  const fieldLevel =
    upload.error instanceof RequestError &&
    [...FIELDS, 'file'].some(
      (field) => upload.error instanceof RequestError && upload.error.fieldMessage(field),
    );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          upload.reset();
          setFileError(undefined);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Upload aria-hidden />
          Upload evidence
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Upload evidence for {controlId}</DialogTitle>
          <DialogDescription>
            The file is stored as uploaded, sealed with its SHA-256 in the audit log, and counts for the
            control during its validity period.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            // The file is checked with the other fields, so every missing field is named at once.
            setFileError(file ? undefined : 'Choose the file to upload.');
            void form.handleSubmit((values) => {
              if (file) {
                upload.mutate(values);
              }
            })(event);
          }}
        >
          {upload.error && !fieldLevel ? (
            <Alert variant="destructive">
              <AlertDescription>{upload.error.message}</AlertDescription>
            </Alert>
          ) : null}
          <FormField
            id="evidence-file"
            label="File"
            description="PDF, PNG, JPEG, CSV, TXT or DOCX."
            error={fileError}
          >
            {(control) => (
              <Input
                {...control}
                type="file"
                accept={ACCEPT}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setFileError(undefined);
                }}
              />
            )}
          </FormField>
          <FormField id="evidence-title" label="Title" error={errors.title?.message}>
            {(control) => <Input {...control} {...form.register('title')} />}
          </FormField>
          <FormField
            id="evidence-description"
            label="Description (optional)"
            error={errors.description?.message}
          >
            {(control) => <Textarea {...control} rows={2} {...form.register('description')} />}
          </FormField>
          <FormField
            id="evidence-activity-date"
            label="Activity date"
            description="When the activity happened (policy approved, training held), not today's date."
            error={errors.activityDate?.message}
          >
            {(control) => <Input {...control} type="date" {...form.register('activityDate')} />}
          </FormField>
          <div className="grid grid-cols-2 gap-3">
            <FormField
              id="evidence-valid-from"
              label="Valid from (optional)"
              error={errors.validFrom?.message}
            >
              {(control) => <Input {...control} type="date" {...form.register('validFrom')} />}
            </FormField>
            <FormField
              id="evidence-valid-until"
              label="Valid until (optional)"
              error={errors.validUntil?.message}
            >
              {(control) => <Input {...control} type="date" {...form.register('validUntil')} />}
            </FormField>
          </div>
          <p className="text-xs text-muted-foreground">
            Without validity dates, the evidence counts for one period of the control&apos;s frequency from
            the activity date.
          </p>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={upload.isPending}>
              {upload.isPending ? 'Uploading…' : 'Upload'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
