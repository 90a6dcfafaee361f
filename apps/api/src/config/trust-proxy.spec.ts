import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.schema';

function trustProxyOf(value: string | undefined) {
  const result = parseEnv(value === undefined ? {} : { TRUST_PROXY: value });
  return result.ok ? { ok: true, value: result.env.TRUST_PROXY } : { ok: false, problems: result.problems };
}

describe('TRUST_PROXY', () => {
  it('trusts only loopback proxies by default and when empty', () => {
    expect(trustProxyOf(undefined)).toEqual({ ok: true, value: ['loopback'] });
    expect(trustProxyOf('  ')).toEqual({ ok: true, value: ['loopback'] });
  });

  it('turns off with false so the socket address is the client address', () => {
    expect(trustProxyOf('false')).toEqual({ ok: true, value: false });
    expect(trustProxyOf('FALSE')).toEqual({ ok: true, value: false });
  });

  it('accepts a hop count', () => {
    expect(trustProxyOf('2')).toEqual({ ok: true, value: 2 });
  });

  it('accepts a comma list of IPs, CIDRs and named ranges', () => {
    expect(trustProxyOf('10.0.0.1, 192.168.0.0/16,fd00::/8, ::1,Loopback,uniquelocal')).toEqual({
      ok: true,
      value: ['10.0.0.1', '192.168.0.0/16', 'fd00::/8', '::1', 'loopback', 'uniquelocal'],
    });
  });

  it.each([
    ['true', 'forged'],
    ['10.0.0.0/33', '10.0.0.0/33'],
    ['10.0.0.300', '10.0.0.300'],
    ['proxy.internal', 'proxy.internal'],
    ['10.0.0.0/8/1', '10.0.0.0/8/1'],
    [',', 'must be false'],
    ['1000', 'at most'],
  ])('refuses %s, naming TRUST_PROXY', (value, reason) => {
    const result = trustProxyOf(value);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ variable: 'TRUST_PROXY', message: expect.stringContaining(reason) }]);
  });
});

describe('SMTP_URL and MAIL_FROM', () => {
  it('leaves mail off by default and sends from Kushim <no-reply@localhost>', () => {
    const result = parseEnv({});
    expect(result.ok && [result.env.SMTP_URL, result.env.MAIL_FROM]).toEqual([
      undefined,
      'Kushim <no-reply@localhost>',
    ]);
  });

  it('accepts smtp and smtps URLs with credentials and refuses other schemes', () => {
    for (const url of ['smtp://user:pass@mail.example.com:587', 'smtps://user:pass@mail.example.com']) {
      const result = parseEnv({ SMTP_URL: url });
      expect(result.ok && result.env.SMTP_URL).toBe(url);
    }
    const wrong = parseEnv({ SMTP_URL: 'https://mail.example.com' });
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.variable)).toEqual(['SMTP_URL']);
  });

  it('never repeats the SMTP password in the problem message', () => {
    const wrong = parseEnv({ SMTP_URL: 'http://user:hunter2-secret@mail.example.com' });
    expect(JSON.stringify(wrong)).not.toContain('hunter2-secret');
  });
});
