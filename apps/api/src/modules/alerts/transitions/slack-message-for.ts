import type { SlackMessage } from '../slack/slack-blocks';
import {
  failingControlMessage,
  inconclusiveCheckMessage,
  needsEvidenceMessage,
  recoveredControlMessage,
} from '../slack/control-messages';
import { digestMessage } from '../slack/digest-message';
import type { AlertEvent } from './alert-events';

/** The Slack message (text + Block Kit) announcing an event: what the outbox stores and delivery sends as is. */
export function slackMessageFor(event: AlertEvent): SlackMessage {
  switch (event.kind) {
    case 'control.failing':
      return failingControlMessage(event);
    case 'control.recovered':
      return recoveredControlMessage(event);
    case 'control.needs-evidence':
      return needsEvidenceMessage(event);
    case 'check.inconclusive':
      return inconclusiveCheckMessage(event);
    case 'digest':
      return digestMessage(event);
    default:
      return event satisfies never;
  }
}
