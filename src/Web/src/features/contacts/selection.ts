/**
 * The rows ticked in the contacts list, by contact id. Ticking "all" ticks the rows loaded so far (the list loads a page
 * at a time); a row that left the list (another filter, another segment) leaves the selection.
 */

export type Selection = ReadonlySet<string>;

export const emptySelection: Selection = new Set<string>();

export function toggleRow(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** What the header's box shows for the rows loaded: none, some (mixed) or all of them ticked. */
export function selectionState(selection: Selection, ids: readonly string[]): 'none' | 'some' | 'all' {
  const ticked = ids.filter((id) => selection.has(id)).length;
  return ticked === 0 ? 'none' : ticked === ids.length ? 'all' : 'some';
}

/** The header's box: ticks every loaded row, or unticks them all when they all were. */
export function toggleAllRows(selection: Selection, ids: readonly string[]): Selection {
  if (ids.length > 0 && selectionState(selection, ids) === 'all') {
    const next = new Set(selection);
    ids.forEach((id) => next.delete(id));
    return next;
  }
  return new Set([...selection, ...ids]);
}

/** The selection less the rows no longer in the list; the same object when nothing left, so React keeps its state. */
export function keepListed(selection: Selection, ids: readonly string[]): Selection {
  const listed = new Set(ids);
  if ([...selection].every((id) => listed.has(id))) return selection;
  return new Set([...selection].filter((id) => listed.has(id)));
}

/** The most contacts one call adds to or takes from a segment. */
export const maxPerCall = 1000;

/** The ids in calls of at most `size`, in the order they were ticked. */
export function batches(ids: Iterable<string>, size = maxPerCall): string[][] {
  const all = [...ids];
  const result: string[][] = [];
  for (let i = 0; i < all.length; i += size) result.push(all.slice(i, i + size));
  return result;
}
