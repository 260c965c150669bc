interface TeamLink {
  id: string;
  parentTeamId?: string | null;
}

/** Every team below `id`, however deep; safe against a loop in the data. */
export function descendantsOf(teams: readonly TeamLink[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const team of teams) {
    if (!team.parentTeamId) continue;
    children.set(team.parentTeamId, [...(children.get(team.parentTeamId) ?? []), team.id]);
  }
  const found = new Set<string>();
  const queue = [...(children.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === id || found.has(next)) continue;
    found.add(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** The teams a team may sit below: neither itself nor one of its own sub-teams (the API refuses a loop). */
export function parentCandidates<T extends TeamLink>(teams: readonly T[], editingId: string | null): T[] {
  if (!editingId) return [...teams];
  const below = descendantsOf(teams, editingId);
  return teams.filter((t) => t.id !== editingId && !below.has(t.id));
}
