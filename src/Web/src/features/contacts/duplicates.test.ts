import { describe, expect, it } from 'vitest';
import { duplicatesOf } from './duplicates';

describe('duplicatesOf', () => {
  it('reads the candidates of a possible-duplicates conflict and drops what it does not know', () => {
    const problem = {
      status: 409,
      code: 'contact.possible_duplicates',
      body: { duplicates: [
        { id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', reasons: ['SameEmail', 'Telepathy'], score: 1 },
        { name: 'no id' },
        null,
      ] },
    };
    expect(duplicatesOf(problem)).toEqual([{ id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com', reasons: ['SameEmail'], score: 1 }]);
  });

  it('finds none in another problem', () => {
    expect(duplicatesOf({ status: 409, code: 'version.stale', body: { duplicates: [{ id: 'x', name: 'y' }] } })).toEqual([]);
    expect(duplicatesOf(null)).toEqual([]);
  });
});
