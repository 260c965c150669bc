/** A list with `value` added or removed, without duplicates, in a stable (ordinal) order. */
export function toggle(list: readonly string[], value: string, checked: boolean): string[] {
  const set = new Set(list);
  if (checked) set.add(value);
  else set.delete(value);
  return [...set].sort();
}

export interface PermissionDiff {
  added: string[];
  removed: string[];
}

/** What saving a role changes for its holders. */
export function permissionDiff(before: readonly string[], after: readonly string[]): PermissionDiff {
  const was = new Set(before);
  const will = new Set(after);
  return {
    added: [...will].filter((p) => !was.has(p)).sort(),
    removed: [...was].filter((p) => !will.has(p)).sort(),
  };
}

/** The permissions of `wanted` the caller does not hold: nobody gives what they do not have. */
export function missingPermissions(wanted: readonly string[], held: readonly string[]): string[] {
  const have = new Set(held);
  return [...new Set(wanted)].filter((p) => !have.has(p)).sort();
}

/** Whether the caller may give (or take back) a role: only when they hold every permission it carries. */
export function canGrant(role: { permissions: readonly string[] }, held: readonly string[]): boolean {
  return missingPermissions(role.permissions, held).length === 0;
}
