import { describe, it, expect } from 'vitest';
import { descendantsOf, parentCandidates } from './teamTree';

const teams = [
  { id: 'sales', parentTeamId: null },
  { id: 'north', parentTeamId: 'sales' },
  { id: 'lille', parentTeamId: 'north' },
  { id: 'south', parentTeamId: 'sales' },
  { id: 'support' },
];

describe('descendantsOf', () => {
  it('finds every level below', () => {
    expect([...descendantsOf(teams, 'sales')].sort()).toEqual(['lille', 'north', 'south']);
    expect([...descendantsOf(teams, 'lille')]).toEqual([]);
  });
  it('stops on a loop', () => {
    const loop = [{ id: 'a', parentTeamId: 'b' }, { id: 'b', parentTeamId: 'a' }];
    expect([...descendantsOf(loop, 'a')]).toEqual(['b']);
  });
});

describe('parentCandidates', () => {
  it('offers every team for a new one', () => {
    expect(parentCandidates(teams, null)).toHaveLength(5);
  });
  it('leaves out the team itself and its sub-teams', () => {
    expect(parentCandidates(teams, 'north').map((t) => t.id)).toEqual(['sales', 'south', 'support']);
  });
});
