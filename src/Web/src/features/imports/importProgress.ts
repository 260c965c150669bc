import type { components } from '../../api/schema';
import type { ImportRecord } from './importDraft';

export type ImportStatus = components['schemas']['ImportStatus'];
export type ImportCounts = components['schemas']['ImportCountsResponse'];

/** A worker is on it: the page asks again every second. */
export function isActive(status: ImportStatus | undefined): boolean {
  return status === 'Queued' || status === 'Running' || status === 'Reverting';
}

/** How often to read the import again (react-query's refetchInterval): every second while it moves, else never. */
export function pollInterval(status: ImportStatus | undefined): number | false {
  return isActive(status) ? 1000 : false;
}

export function isFinished(status: ImportStatus | undefined): boolean {
  return status === 'Completed' || status === 'Failed';
}

/** A finished import that created contacts can delete them again. */
export function canRevert(record: Pick<ImportRecord, 'status' | 'counts'>): boolean {
  return isFinished(record.status) && record.counts.created > 0;
}

/** The step of the wizard an import is at: 1 choosing the file, 2 mapping its columns, 3 importing. */
export function stepOf(status: ImportStatus | undefined): 1 | 2 | 3 {
  return status === undefined ? 1 : status === 'Uploaded' ? 2 : 3;
}

/** The CSV of the rows left out, downloaded with the session cookie (a plain link: no script holds the file). */
export function errorReportHref(id: string): string {
  return `/api/v1/contacts/imports/${encodeURIComponent(id)}/errors`;
}

export type CountName = keyof ImportCounts;

/** The progress line's parts, in the order they are read out: rows read, then what became of them. */
export function progressParts(counts: ImportCounts): { name: CountName; value: number }[] {
  return (['rows', 'created', 'updated', 'skipped', 'failed'] as const).map((name) => ({ name, value: counts[name] }));
}
