import { describe, expect, it } from 'vitest';
import { batches, emptySelection, keepListed, selectionState, toggleAllRows, toggleRow } from './selection';

describe('row selection', () => {
  it('ticks and unticks a row', () => {
    const one = toggleRow(emptySelection, 'a');
    expect([...one]).toEqual(['a']);
    expect([...toggleRow(one, 'a')]).toEqual([]);
    expect(emptySelection.size).toBe(0);
  });

  it('tells the header box none, some or all of the loaded rows', () => {
    expect(selectionState(emptySelection, ['a', 'b'])).toBe('none');
    expect(selectionState(new Set(['a']), ['a', 'b'])).toBe('some');
    expect(selectionState(new Set(['a', 'b']), ['a', 'b'])).toBe('all');
    expect(selectionState(emptySelection, [])).toBe('none');
  });

  it('ticks every loaded row from the header, or unticks them when all were', () => {
    expect([...toggleAllRows(new Set(['a']), ['a', 'b', 'c'])]).toEqual(['a', 'b', 'c']);
    expect([...toggleAllRows(new Set(['a', 'b', 'c', 'z']), ['a', 'b', 'c'])]).toEqual(['z']);
    expect([...toggleAllRows(emptySelection, [])]).toEqual([]);
  });

  it('lets go of rows no longer listed, and keeps the same set when none left', () => {
    const selection = new Set(['a', 'b']);
    expect(keepListed(selection, ['a', 'b', 'c'])).toBe(selection);
    expect([...keepListed(selection, ['b', 'c'])]).toEqual(['b']);
  });

  it('splits ids into calls the API takes', () => {
    const ids = Array.from({ length: 2001 }, (_, i) => `c${i}`);
    const calls = batches(ids);
    expect(calls.map((c) => c.length)).toEqual([1000, 1000, 1]);
    expect(calls.flat()).toEqual(ids);
    expect(batches(new Set(['x', 'y']), 1)).toEqual([['x'], ['y']]);
    expect(batches([])).toEqual([]);
  });
});
