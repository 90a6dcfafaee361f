import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { issueDescription, issueSummary, LISTED_RESOURCES, resourcesChangedComment } from './issue-document';
import { issueLabels, remediationLabel } from './remediation-label';

const failing = (n: number): StoredFinding[] =>
  Array.from({ length: n }, (_, i) => ({
    resource: { type: 'github-repository', id: `acme/repo-${String(i).padStart(2, '0')}` },
    status: 'FAIL',
    reason: 'Branch protection is off.',
    evidence: ['github.repos'],
    excepted: false,
  }));
const check = {
  id: 'github.repo.x',
  title: 'Branches are protected',
  severity: 'high',
  remediation: 'Turn it on.',
};
const textsOf = (node: unknown): string[] => JSON.stringify(node).match(/"text":"[^"]*"/g) ?? [];

describe('issue documents', () => {
  it('lists at most 20 failing resources with their reason, then how many more, and links each control', () => {
    const doc = issueDescription(check, failing(LISTED_RESOURCES + 3), [
      { id: 'KSM-CHG-01', url: 'https://kushim.example/orgs/o1/controls/KSM-CHG-01' },
    ]);
    const texts = textsOf(doc);
    expect(texts.filter((t) => t.includes('acme/repo-'))).toHaveLength(LISTED_RESOURCES);
    expect(texts).toContain('"text":"acme/repo-00: Branch protection is off."');
    expect(texts).toContain('"text":"and 3 more"');
    expect(texts).toContain('"text":"Turn it on."');
    expect(JSON.stringify(doc)).toContain('"href":"https://kushim.example/orgs/o1/controls/KSM-CHG-01"');
    expect(issueSummary(check)).toBe('[Kushim] Branches are protected');
  });

  it('says which resources started and stopped failing', () => {
    const texts = textsOf(resourcesChangedComment(['b'], ['a']));
    expect(texts).toEqual([
      '"text":"Kushim: the failing resources changed."',
      '"text":"Now failing (1):"',
      '"text":"b"',
      '"text":"No longer failing (1):"',
      '"text":"a"',
    ]);
  });

  it('gives each (organization, check) one stable label, distinct across organizations and checks', () => {
    const label = remediationLabel('org-1', 'aws.iam.root-mfa');
    expect(label).toMatch(/^kushim-[0-9a-f]{12}$/);
    expect(remediationLabel('org-1', 'aws.iam.root-mfa')).toBe(label);
    expect(remediationLabel('org-2', 'aws.iam.root-mfa')).not.toBe(label);
    expect(issueLabels(['kushim', 'soc 2', 'kushim'], label)).toEqual(['kushim', 'soc-2', label]);
  });
});
