/**
 * The API and the shared zod schemas phrase field problems as fragments ("is required", "must be an email
 * address") meant to follow the field's name. This turns one into a sentence that names the field as the user
 * sees it: "Work email must be an email address." Full sentences are left as they are.
 */
export function fieldMessage(label: string, fragment: string | undefined): string | undefined {
  if (!fragment) {
    return undefined;
  }
  const trimmed = fragment.trim();
  const sentence = /^[a-z]/.test(trimmed) ? `${label} ${trimmed}` : trimmed;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
