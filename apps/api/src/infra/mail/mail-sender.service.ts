import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  createTransport,
  type NodemailerError,
  type SMTPSentMessageInfo,
  type Transporter,
} from 'nodemailer';
import { ApiConfig } from '../../config/api-config';
import { MailDeliveryError, type OutgoingMail } from './outgoing-mail';

export type MailOutcome = 'sent' | 'mail-disabled';

// A slow or dead SMTP server must not hold an API request for nodemailer's default two minutes.
const CONNECTION_TIMEOUT_MS = 5_000;
const GREETING_TIMEOUT_MS = 5_000;
const SOCKET_TIMEOUT_MS = 15_000;

function reasonOf(error: unknown): string {
  const { code, responseCode, message } = error as Partial<NodemailerError>;
  return (
    [code, responseCode, message].filter((part) => part !== undefined && part !== '').join(' ') ||
    'unknown error'
  );
}

/**
 * The only code that sends email (SMTP through nodemailer). Without SMTP_URL it sends nothing and says so once at
 * boot: invitations still work, the inviter shares the link shown once.
 */
@Injectable()
export class MailSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter<SMTPSentMessageInfo> | undefined;
  private readonly from: string;

  constructor(config: ApiConfig) {
    const { SMTP_URL, MAIL_FROM } = config.env;
    this.from = MAIL_FROM;
    this.transport = SMTP_URL
      ? createTransport({
          url: SMTP_URL,
          connectionTimeout: CONNECTION_TIMEOUT_MS,
          greetingTimeout: GREETING_TIMEOUT_MS,
          socketTimeout: SOCKET_TIMEOUT_MS,
        })
      : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  onModuleInit(): void {
    if (!this.transport) {
      this.logger.log(
        'SMTP_URL is not set: no email is sent (invitation links are shown once to the inviter)',
      );
    }
  }

  /** Resolves once the SMTP server accepted the message; throws MailDeliveryError otherwise. */
  async send(mail: OutgoingMail): Promise<MailOutcome> {
    if (!this.transport) {
      return 'mail-disabled';
    }
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
      return 'sent';
    } catch (error) {
      throw new MailDeliveryError(reasonOf(error));
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
