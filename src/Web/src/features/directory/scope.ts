/** Whose records a screen counts: everyone the reader sees, the reader, one team (and the teams below it), or one user. */
export type Scope = { kind: 'all' } | { kind: 'me' } | { kind: 'team'; id: string } | { kind: 'user'; id: string };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `me`, `team:<id>` or `user:<id>`; anything else is everyone. */
export function scopeFromText(text: string | null): Scope {
  if (text === 'me') return { kind: 'me' };
  const [kind, id] = (text ?? '').split(':');
  if ((kind === 'team' || kind === 'user') && id && guid.test(id)) return { kind, id };
  return { kind: 'all' };
}

export function scopeText(scope: Scope): string {
  return scope.kind === 'team' || scope.kind === 'user' ? `${scope.kind}:${scope.id}` : scope.kind;
}

/** The API's filter for a scope: an owner (the reader or a user) or a team. */
export function scopeQuery(scope: Scope, meId: string): { ownerId?: string; teamId?: string } {
  if (scope.kind === 'me') return { ownerId: meId };
  if (scope.kind === 'user') return { ownerId: scope.id };
  if (scope.kind === 'team') return { teamId: scope.id };
  return {};
}
