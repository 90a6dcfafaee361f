import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NoopFigures } from './bench-pipeline-noop';
import { root } from './stack';

export interface PipelineFigures {
  label: string;
  latencyMs: number;
  workers: number;
  orgs: number;
  /** Runs that finished (COMPLETED or FAILED) within the time limit. */
  finishedRuns: number;
  failedRuns: number;
  failedSteps: number;
  /** Completed collect steps with an error (partial collection). */
  stepsWithErrors: number;
  /** Database transactions during the sweep (bench database only). */
  databaseTransactions: number;
  wallSeconds: number;
  jobs: number;
  providerCalls: number;
  rowsWritten: number;
  /** Per worker process. */
  workerCpuSeconds: number[];
  workerPeakRssMb: number[];
  sandboxCpuSeconds: number;
  postgresCpuSeconds: number;
}

const BEGIN = '<!-- bench:pipeline:begin -->';
const END = '<!-- bench:pipeline:end -->';
const benchDoc = path.join(root, 'docs', 'benchmarks.md');

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** "1000/1000", followed by what went wrong if anything did. */
function runsDone(f: PipelineFigures): string {
  const problems = [
    f.failedRuns > 0 ? `${f.failedRuns} runs failed` : '',
    f.failedSteps > 0 ? `${f.failedSteps} steps failed` : '',
    f.stepsWithErrors > 0 ? `${f.stepsWithErrors} steps partial` : '',
  ].filter(Boolean);
  return `${f.finishedRuns}/${f.orgs}${problems.length > 0 ? ` (${problems.join(', ')})` : ''}`;
}

export function pipelineTable(figures: readonly PipelineFigures[], noop: NoopFigures): string {
  const rows = figures.map((f) => {
    const runs = Math.max(1, f.finishedRuns);
    return [
      f.label,
      runsDone(f),
      fixed(f.wallSeconds, 1),
      fixed(f.jobs / f.wallSeconds, 0),
      fixed(f.providerCalls / f.wallSeconds, 0),
      fixed(f.rowsWritten / f.wallSeconds, 0),
      f.workerCpuSeconds.map((cpu) => fixed((1000 * cpu) / runs, 0)).join(' + '),
      f.workerPeakRssMb.map((mb) => fixed(mb, 0)).join(' + '),
      fixed(f.sandboxCpuSeconds, 1),
      fixed(f.postgresCpuSeconds, 1),
      fixed(f.databaseTransactions / runs, 0),
    ];
  });
  rows.push([
    `no-op BullMQ jobs, 1 Worker, concurrency ${noop.concurrency}`,
    `${noop.jobs} jobs`,
    fixed(noop.seconds, 1),
    fixed(noop.jobsPerSecond, 0),
    ...Array.from({ length: 7 }, () => ''),
  ]);
  return [
    '| configuration | runs done | wall s | jobs/s | provider calls/s | rows written/s | worker CPU ms/org | peak worker RSS MB | sandbox CPU s | PostgreSQL CPU s | DB transactions/org |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/** Rewrites the pipeline section of docs/benchmarks.md (between its markers) with this run's table. */
export function writePipelineSection(table: string, method: string): void {
  const cpu = os.cpus();
  const section = [
    BEGIN,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm bench\` on ${cpu.length} cores ` +
      `(${cpu[0]?.model ?? 'unknown cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}. ${method}`,
    '',
    table,
    '',
    END,
  ].join('\n');
  const doc = readFileSync(benchDoc, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  writeFileSync(
    benchDoc,
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + END.length)
      : `${doc}\n${section}\n`,
  );
}
