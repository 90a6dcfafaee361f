'use client';

import { ControlCommentSchema, type CreateControlComment } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';

import { Badge } from '@kushim/ui/components/badge';
import { Button } from '@kushim/ui/components/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';
import { FormField } from '@kushim/ui/components/form-field';
import { NativeSelect } from '@kushim/ui/components/native-select';
import { Textarea } from '@kushim/ui/components/textarea';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { apiRequest } from '@/lib/api/api-client';
import { RequestError } from '@/lib/api/request-error';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { controlsKey, useControlComments } from '@/lib/queries/controls';

/** Auditor and compliance-manager notes on the control; each one is an event in the signed audit log. */
export function ControlComments({ controlId }: { controlId: string }) {
  const { orgId, can } = useOrg();
  const comments = useControlComments(orgId, controlId);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Comments and requests</h2>
        </CardTitle>
        <CardDescription>
          Notes and evidence requests; recorded in the audit log, never edited.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {can.comment ? <CommentForm controlId={controlId} /> : null}
        {comments.isPending ? (
          <LoadingBlock rows={2} label="Loading comments" />
        ) : comments.isError ? (
          <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
        ) : comments.data.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">No comment yet.</p>
        ) : (
          <ul className="grid gap-3 text-sm">
            {comments.data.items.map((comment) => (
              <li
                key={comment.seq}
                className="grid gap-1 rounded-md border p-3"
                data-testid="control-comment"
              >
                <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  {comment.kind === 'request' ? <Badge variant="outline">Evidence request</Badge> : null}
                  <span className="font-medium text-foreground">{comment.author.label ?? 'Someone'}</span>
                  {formatDateTime(comment.createdAt)}
                </span>
                <p className="whitespace-pre-wrap">{comment.body}</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function CommentForm({ controlId }: { controlId: string }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<CreateControlComment['kind']>('comment');
  const post = useMutation({
    mutationFn: (comment: CreateControlComment) =>
      apiRequest(`/orgs/${orgId}/controls/${encodeURIComponent(controlId)}/comments`, {
        method: 'POST',
        body: comment,
        schema: ControlCommentSchema,
      }),
    onSuccess: async () => {
      setBody('');
      toast.success('Comment recorded');
      await queryClient.invalidateQueries({
        queryKey: [...controlsKey(orgId), 'one', controlId, 'comments'],
      });
    },
  });
  const bodyError =
    post.error instanceof RequestError ? (post.error.fieldMessage('body') ?? post.error.message) : undefined;
  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate({ kind, body });
      }}
    >
      <FormField id="comment-body" label="Add a comment" error={bodyError}>
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={4000}
          />
        )}
      </FormField>
      <div className="flex items-end gap-2">
        <FormField id="comment-kind" label="Kind" className="flex-1">
          {(control) => (
            <NativeSelect
              {...control}
              value={kind}
              onChange={(event) => setKind(event.target.value as CreateControlComment['kind'])}
            >
              <option value="comment">Comment</option>
              <option value="request">Evidence request</option>
            </NativeSelect>
          )}
        </FormField>
        <Button type="submit" disabled={post.isPending || body.trim() === ''}>
          {post.isPending ? 'Posting…' : 'Post'}
        </Button>
      </div>
    </form>
  );
}
