/** What the sandbox received that tests assert on: Slack messages, Jira issues and transitions, webhook posts. */
export interface Recording {
  seq: number;
  provider: string;
  kind: string;
  scenario: string | undefined;
  at: string;
  body: unknown;
}

export class Recorder {
  private readonly items: Recording[] = [];
  private seq = 0;

  record(provider: string, kind: string, scenario: string | undefined, body: unknown): Recording {
    const item = { seq: ++this.seq, provider, kind, scenario, at: new Date().toISOString(), body };
    this.items.push(item);
    return item;
  }

  list(filter: { provider?: string; kind?: string; scenario?: string } = {}): Recording[] {
    return this.items.filter(
      (r) =>
        (!filter.provider || r.provider === filter.provider) &&
        (!filter.kind || r.kind === filter.kind) &&
        (!filter.scenario || r.scenario === filter.scenario),
    );
  }

  clear(): void {
    this.items.length = 0;
  }
}
