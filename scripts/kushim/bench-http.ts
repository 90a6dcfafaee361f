import autocannon from 'autocannon';

export interface RouteFigures {
  route: string;
  requests: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * One autocannon run. Latencies are collected per response (autocannon's summary has no p95), after a warm-up run
 * whose figures are discarded.
 */
export async function measureRoute(
  route: string,
  url: string,
  headers: Record<string, string>,
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<RouteFigures> {
  await autocannon({ url, headers, connections: options.connections, duration: options.warmupSeconds });
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections: options.connections, duration: options.seconds },
      (error: Error | null, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    route,
    requests: result.requests.total,
    non2xx: result.non2xx,
    rps: result.requests.total / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
