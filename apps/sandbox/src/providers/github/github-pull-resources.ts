import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import { repository, simpleUser } from './github-resources';
import type { GithubScenario, GithubScenarioRepository } from './github-scenario';

type Schemas = components['schemas'];
type Pull = GithubScenarioRepository['pulls'][number];

const sha = (seed: string) => createHash('sha1').update(seed).digest('hex');

export function pullRequestSimple(
  api: string,
  data: GithubScenario,
  repo: GithubScenarioRepository,
  pull: Pull,
): Schemas['pull-request-simple'] {
  const fullName = `${data.org.login}/${repo.name}`;
  const url = `${api}/repos/${fullName}/pulls/${pull.number}`;
  const issueUrl = `${api}/repos/${fullName}/issues/${pull.number}`;
  const html = `https://github.com/${fullName}/pull/${pull.number}`;
  const member = data.members.find((m) => m.login === pull.author);
  const author = simpleUser(api, pull.author, member?.id ?? 1);
  const repoResource = repository(api, data, repo) as Schemas['repository'];
  const headSha = sha(`${fullName}#${pull.number}:head`);
  return {
    url,
    id: repo.id * 10_000 + pull.number,
    node_id: Buffer.from(`PR:${repo.id}:${pull.number}`).toString('base64url'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${fullName}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/repos/${fullName}/statuses/${headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: author,
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.closedAt ?? pull.createdAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergedAt ? sha(`${fullName}#${pull.number}:merge`) : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${data.org.login}:${pull.headRef}`,
      ref: pull.headRef,
      repo: repoResource,
      sha: headSha,
      user: author,
    },
    base: {
      label: `${data.org.login}:${repo.defaultBranch}`,
      ref: repo.defaultBranch,
      repo: repoResource,
      sha: sha(`${fullName}#${pull.number}:base`),
      user: simpleUser(api, data.org.login, data.org.id, 'Organization'),
    },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/repos/${fullName}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/repos/${fullName}/statuses/${headSha}` },
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}
