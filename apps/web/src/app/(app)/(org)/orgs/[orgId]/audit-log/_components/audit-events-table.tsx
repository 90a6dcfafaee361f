'use client';

import type { AuditEvent } from '@kushim/contracts';

import { Button } from '@kushim/ui/components/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@kushim/ui/components/dialog';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { JsonTree } from '@/components/json/json-tree';
import { formatDateTime } from '@/lib/format/dates';
import { payloadSummary } from '@/lib/audit-log/payload-summary';

const ACTOR_TYPE: Record<AuditEvent['actor']['type'], string> = {
  USER: 'Person',
  API_KEY: 'API key',
  SYSTEM: 'Kushim',
};

export function AuditEventsTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Audit events, newest first">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Seq</TableHead>
            <TableHead scope="col">Time</TableHead>
            <TableHead scope="col">Actor</TableHead>
            <TableHead scope="col">Action</TableHead>
            <TableHead scope="col">Details</TableHead>
            <TableHead scope="col">
              <span className="sr-only">Full event</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.seq} data-testid="audit-event-row" data-action={event.action}>
              <TableCell className="font-mono text-xs tabular-nums">{event.seq}</TableCell>
              <TableCell className="text-xs whitespace-nowrap">{formatDateTime(event.occurredAt)}</TableCell>
              <TableCell className="text-xs">
                {event.actor.label ?? event.actor.id ?? '—'}
                <span className="block text-muted-foreground">{ACTOR_TYPE[event.actor.type]}</span>
              </TableCell>
              <TableCell className="font-mono text-xs">{event.action}</TableCell>
              <TableCell className="max-w-md truncate text-xs" title={payloadSummary(event)}>
                {payloadSummary(event)}
              </TableCell>
              <TableCell>
                <EventDialog event={event} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function EventDialog({ event }: { event: AuditEvent }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`View event ${event.seq}`}>
          View
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>
            Event {event.seq}: <span className="font-mono text-base">{event.action}</span>
          </DialogTitle>
          <DialogDescription>
            {formatDateTime(event.occurredAt)}
            {event.requestId ? ` · request ${event.requestId}` : ''}
            {event.ip ? ` · from ${event.ip}` : ''}
          </DialogDescription>
        </DialogHeader>
        <dl className="grid gap-2 text-xs">
          <div>
            <dt className="text-muted-foreground">Hash</dt>
            <dd className="font-mono break-all">{event.hash}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Previous hash</dt>
            <dd className="font-mono break-all">{event.prevHash}</dd>
          </div>
        </dl>
        <JsonTree value={event} label={`Event ${event.seq} as recorded`} />
      </DialogContent>
    </Dialog>
  );
}
