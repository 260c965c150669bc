import type { Problem } from '../../api/problem';

export type DuplicateReason = 'SameEmail' | 'SamePhone' | 'SameName' | 'SimilarNameSameCompany';

export interface DuplicateCandidate {
  id: string;
  name: string;
  email: string | null;
  reasons: DuplicateReason[];
  score: number;
}

const reasons: readonly string[] = ['SameEmail', 'SamePhone', 'SameName', 'SimilarNameSameCompany'];

/** The possible duplicates a 409 `contact.possible_duplicates` names, or none for any other problem. */
export function duplicatesOf(problem: Problem | null): DuplicateCandidate[] {
  if (problem?.code !== 'contact.possible_duplicates' || !Array.isArray(problem.body?.duplicates)) return [];
  return problem.body.duplicates.flatMap((d: unknown) => {
    if (!d || typeof d !== 'object') return [];
    const c = d as Record<string, unknown>;
    if (typeof c.id !== 'string' || typeof c.name !== 'string') return [];
    return [{
      id: c.id,
      name: c.name,
      email: typeof c.email === 'string' ? c.email : null,
      reasons: Array.isArray(c.reasons) ? c.reasons.filter((r): r is DuplicateReason => reasons.includes(r as string)) : [],
      score: typeof c.score === 'number' ? c.score : 0,
    }];
  });
}
