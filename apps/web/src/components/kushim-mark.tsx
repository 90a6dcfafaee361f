import { ShieldCheck } from 'lucide-react';

/** The product's name with its mark; links and headings wrap it. */
export function KushimMark() {
  return (
    <span className="inline-flex items-center gap-2 text-sm font-semibold tracking-tight">
      <ShieldCheck className="size-5" aria-hidden />
      Kushim
    </span>
  );
}
