import type { OktaScenarioData } from './okta-scenario';

type WireUser = OktaScenarioData['users'][number];

/**
 * The subset of Okta's `search`/`filter` expression language the sandbox understands: `<field> eq "<value>"`
 * clauses joined by `or`, on status, id, profile.login and profile.email. Anything else → undefined (Okta's
 * E0000031 "Invalid search criteria").
 */
export function parseUserExpression(expression: string): ((user: WireUser) => boolean) | undefined {
  const clauses = expression
    .split(/\s+or\s+/i)
    .map((clause) => /^\(?\s*([\w.]+)\s+eq\s+"([^"]*)"\s*\)?$/.exec(clause.trim()));
  if (clauses.some((match) => !match)) {
    return undefined;
  }
  const tests = clauses.map((match) => {
    const [, field, value] = match as RegExpExecArray;
    return (user: WireUser) => fieldOf(user, field ?? '')?.toLowerCase() === value?.toLowerCase();
  });
  if (
    clauses.some((match) => !['status', 'id', 'profile.login', 'profile.email'].includes(match?.[1] ?? ''))
  ) {
    return undefined;
  }
  return (user) => tests.some((test) => test(user));
}

function fieldOf(user: WireUser, field: string): string | undefined {
  switch (field) {
    case 'status':
      return user.status;
    case 'id':
      return user.id;
    case 'profile.login':
      return user.profile?.login;
    case 'profile.email':
      return user.profile?.email;
    default:
      return undefined;
  }
}
