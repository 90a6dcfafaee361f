import { z } from 'zod';

/** An auditor's (or compliance manager's) note on a control: a comment, or a request for more evidence. */
export const CreateControlCommentSchema = z
  .object({
    kind: z.enum(['comment', 'request']),
    body: z.string().trim().min(1, 'must not be empty').max(4000, 'at most 4000 characters'),
  })
  .strict();
export type CreateControlComment = z.infer<typeof CreateControlCommentSchema>;

export const ControlCommentSchema = z.object({
  /** The audit event's seq: a comment is that event, not a row of its own. */
  seq: z.number().int(),
  controlId: z.string(),
  kind: z.enum(['comment', 'request']),
  body: z.string(),
  author: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }),
  createdAt: z.string(),
});
export type ControlComment = z.infer<typeof ControlCommentSchema>;
export type ControlCommentList = { items: ControlComment[] };
