import type { components } from '../../api/schema';
import { memberName } from './duplicateGroups';

export type DuplicateScan = components['schemas']['DuplicateScanResponse'];
export type CandidateGroup = components['schemas']['CandidateGroupResponse'];
export type LikenessReason = components['schemas']['LikenessReasons'];

/** Whether the scan is still to finish, and so worth asking about again. */
export function isScanActive(scan: Pick<DuplicateScan, 'status'> | null | undefined): boolean {
  return scan?.status === 'Queued' || scan?.status === 'Running';
}

/** How often the latest scan is asked for: every second while it runs, never once it is over. */
export function scanPollInterval(scan: Pick<DuplicateScan, 'status'> | null | undefined): number | false {
  return isScanActive(scan) ? 1000 : false;
}

// The name pass reads every contact and is most of the work; the passes after it share the last tenth.
const afterNames: Record<Exclude<DuplicateScan['phase'], 'Names'>, number> = { Companies: 0.9, SharedKeys: 0.95, Saving: 0.98 };

/** The share of the scan done, 0 to 1, for a progress bar. */
export function scanShare(scan: Pick<DuplicateScan, 'status' | 'phase' | 'scanned' | 'total'>): number {
  if (scan.status === 'Completed') return 1;
  if (scan.status === 'Queued') return 0;
  if (scan.phase !== 'Names') return afterNames[scan.phase];
  return scan.total <= 0 ? 0 : 0.9 * Math.min(scan.scanned / scan.total, 1);
}

/** The reasons a group is shown for, strongest first, as the API names them. */
export function groupReasons(group: Pick<CandidateGroup, 'reasons'>): LikenessReason[] {
  const order: LikenessReason[] = ['SameEmail', 'SamePhone', 'SameName', 'SimilarName', 'SameCompany'];
  return order.filter((r) => group.reasons.includes(r));
}

/** A group's title: the names of its contacts, each once, as a reader tells groups apart. */
export function groupTitle(group: Pick<CandidateGroup, 'contacts'>): string {
  return [...new Set(group.contacts.map(memberName))].join(', ');
}
