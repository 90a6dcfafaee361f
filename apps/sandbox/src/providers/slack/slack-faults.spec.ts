import { describe, expect, it } from 'vitest';
import { parseSlackFault, SlackFaults } from './slack-faults';

describe('SlackFaults', () => {
  it('fails the scripted number of calls, then lets them through', () => {
    const faults = new SlackFaults();
    faults.set({ target: 'slack.chat.postMessage', status: 429, times: 2, retryAfterSeconds: 1 });
    expect(faults.take('slack.webhook')).toBeUndefined();
    expect(faults.take('slack.chat.postMessage')?.status).toBe(429);
    expect(faults.take('slack.chat.postMessage')?.status).toBe(429);
    expect(faults.take('slack.chat.postMessage')).toBeUndefined();
  });

  it('without times, fails until cleared', () => {
    const faults = new SlackFaults();
    faults.set({ target: 'slack.webhook', status: 500, retryAfterSeconds: 1 });
    for (let i = 0; i < 5; i++) {
      expect(faults.take('slack.webhook')?.status).toBe(500);
    }
    faults.clear();
    expect(faults.take('slack.webhook')).toBeUndefined();
  });

  it('rejects a fault it cannot play', () => {
    expect(parseSlackFault({ target: 'slack.files.upload', status: 500 })).toMatch(/^target/);
    expect(parseSlackFault({ target: 'slack.webhook', status: 404 })).toMatch(/^status/);
    expect(parseSlackFault({ target: 'slack.webhook', status: 503, times: 0 })).toMatch(/^times/);
    expect(parseSlackFault({ target: 'slack.webhook', status: 503 })).toEqual({
      target: 'slack.webhook',
      status: 503,
      retryAfterSeconds: 1,
    });
  });
});
