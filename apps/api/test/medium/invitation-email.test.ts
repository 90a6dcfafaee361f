import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteMemberResponse } from '@kushim/contracts';
import { call, newEmail, newOrg, startTestApi, type TestApi } from '../factories';

interface ReceivedMail {
  recipients: string[];
  /** The raw message with quoted-printable soft breaks and escapes undone, so links read as sent. */
  source: string;
}

const SMTP_USER = 'kushim';
const SMTP_PASSWORD = 'smtp-test-password';
const WEB_URL = 'https://app.kushim.test';

const decodeQuotedPrintable = (raw: string): string =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function headerOf(source: string, name: string): string | undefined {
  const headers = source.split(/\r?\n\r?\n/, 1)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
  return new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1];
}

/** A real SMTP peer on 127.0.0.1:<random port> that requires the credentials in SMTP_URL and keeps every message. */
function startSmtpPeer(received: ReceivedMail[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) {
        return callback(null, { user: SMTP_USER });
      }
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          recipients: session.envelope.rcptTo.map((address) => address.address),
          source: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpOpen = false;
let api: TestApi;

beforeAll(async () => {
  smtp = await startSmtpPeer(received);
  smtpOpen = true;
  const { port } = smtp.server.address() as AddressInfo;
  api = await startTestApi({
    env: {
      SMTP_URL: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
      MAIL_FROM: 'Kushim <invites@kushim.test>',
      WEB_URL,
    },
  });
});
afterAll(async () => {
  await api?.close();
  if (smtpOpen) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

describe('invitation email', () => {
  it('emails the invitee once with the organization, role, inviter, accept link and expiry', async () => {
    const org = await newOrg(api.app);
    const email = newEmail('invitee');
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: org.owner.accessToken,
      body: { email, role: 'COMPLIANCE_MANAGER' },
    });
    expect(invite.status).toBe(201);
    const { inviteToken, invitation } = invite.body;

    const mine = received.filter((mail) => mail.recipients.includes(email));
    expect(mine).toHaveLength(1);
    const [mail] = mine;
    expect(mail!.recipients).toEqual([email]);
    expect(headerOf(mail!.source, 'Subject')).toBe(`Olive Owner invited you to ${org.name} on Kushim`);
    expect(headerOf(mail!.source, 'From')).toBe('Kushim <invites@kushim.test>');
    expect(headerOf(mail!.source, 'To')).toBe(email);
    expect(mail!.source).toContain(`${WEB_URL}/accept-invite?token=${inviteToken}`);
    expect(mail!.source).toContain(`<a href="${WEB_URL}/accept-invite?token=${inviteToken}">`);
    expect(mail!.source).toContain('as Compliance manager');
    expect(mail!.source).toContain(`until ${invitation.expiresAt.slice(0, 16).replace('T', ' ')} UTC`);
    expect(api.logs.text()).not.toContain(inviteToken);
  });

  it('tells a time-boxed auditor when their access ends', async () => {
    const org = await newOrg(api.app);
    const email = newEmail('auditor');
    const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: org.owner.accessToken,
      body: { email, role: 'AUDITOR', expiresAt },
    });
    expect(invite.status).toBe(201);
    const mail = received.find((candidate) => candidate.recipients.includes(email));
    expect(mail?.source).toContain(`Your access ends on ${expiresAt.slice(0, 16).replace('T', ' ')} UTC`);
  });

  it('still answers 201 with the token when the SMTP server is down, and logs the failure without the token', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    smtpOpen = false;
    const org = await newOrg(api.app);
    const email = newEmail('unlucky');
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: org.owner.accessToken,
      body: { email, role: 'VIEWER' },
    });
    expect(invite.status).toBe(201);
    expect(invite.body.inviteToken).toEqual(expect.any(String));
    expect(received.some((mail) => mail.recipients.includes(email))).toBe(false);

    const failure = api.logs.lines.find((line) =>
      line.includes(`invitation ${invite.body.invitation.id} was not sent`),
    );
    expect(failure).toBeDefined();
    expect(failure).toContain('ECONNREFUSED');
    expect(api.logs.text()).not.toContain(invite.body.inviteToken);
    expect(api.logs.text()).not.toContain(SMTP_PASSWORD);
  });
});
