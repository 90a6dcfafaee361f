/** The wall-clock date and time of `now` in `timeZone`: what "09:00 in Europe/Paris" is compared against. */
export function localDateTime(now: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * Whether the daily digest is due: the organization's local time has reached its digest time today. The caller
 * keys the message by the local date, so a digest goes out once per local day however often the job runs.
 */
export function digestDue(now: Date, timeZone: string, digestTime: string): { due: boolean; date: string } {
  const local = localDateTime(now, timeZone);
  return { due: local.time >= digestTime, date: local.date };
}
