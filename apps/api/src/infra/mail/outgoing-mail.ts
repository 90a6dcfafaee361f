/** One message to one person: plain text for every client, simple HTML for the rest. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivery failed; `reason` carries the SMTP error code and reply, never the message body or credentials. */
export class MailDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(`Mail was not delivered: ${reason}`);
    this.name = 'MailDeliveryError';
  }
}
