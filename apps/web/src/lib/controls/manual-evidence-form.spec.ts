import { describe, expect, it } from 'vitest';

import { ManualEvidenceFormSchema, toManualEvidenceForm } from './manual-evidence-form';

describe('manual evidence form', () => {
  it('sends only the fields that were filled, and the file last', () => {
    const file = new File(['policy'], 'policy.txt', { type: 'text/plain' });
    const form = toManualEvidenceForm(
      {
        title: ' Security policy ',
        description: '',
        activityDate: '2026-11-01',
        validFrom: '',
        validUntil: '',
      },
      file,
    );
    expect([...form.keys()]).toEqual(['title', 'activityDate', 'file']);
    expect(form.get('title')).toBe('Security policy');
    expect((form.get('file') as File).name).toBe('policy.txt');
  });

  it('refuses a validity interval that ends before it starts, on the end field', () => {
    const result = ManualEvidenceFormSchema.safeParse({
      title: 'Training',
      description: '',
      activityDate: '2026-11-01',
      validFrom: '2026-12-01',
      validUntil: '2026-11-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['validUntil']);
  });

  it('requires a title and an activity date', () => {
    const result = ManualEvidenceFormSchema.safeParse({
      title: ' ',
      description: '',
      activityDate: '',
      validFrom: '',
      validUntil: '',
    });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['title', 'activityDate']);
  });
});
