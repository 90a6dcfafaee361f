import { z } from 'zod';

const day = z.union([z.literal(''), z.iso.date({ message: 'Use a date (YYYY-MM-DD).' })]);

/** The upload dialog's fields (the file travels separately). Empty validity dates let the API derive them. */
export const ManualEvidenceFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the evidence a title.').max(200, 'At most 200 characters.'),
    description: z.string().trim().max(2000, 'At most 2000 characters.'),
    activityDate: z.iso.date({ message: 'When did the activity happen?' }),
    validFrom: day,
    validUntil: day,
  })
  .refine((values) => !values.validFrom || !values.validUntil || values.validFrom <= values.validUntil, {
    path: ['validUntil'],
    message: 'Must not be before "valid from".',
  });
export type ManualEvidenceFormValues = z.infer<typeof ManualEvidenceFormSchema>;

/** The multipart body of `POST …/controls/{id}/evidence`: empty optional fields are left out, not sent empty. */
export function toManualEvidenceForm(values: ManualEvidenceFormValues, file: File): FormData {
  const form = new FormData();
  form.set('title', values.title.trim());
  form.set('activityDate', values.activityDate);
  if (values.description.trim()) {
    form.set('description', values.description.trim());
  }
  if (values.validFrom) {
    form.set('validFrom', values.validFrom);
  }
  if (values.validUntil) {
    form.set('validUntil', values.validUntil);
  }
  form.set('file', file, file.name);
  return form;
}
