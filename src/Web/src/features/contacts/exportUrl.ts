import { formatCondition, type Condition } from './listView';

export type ExportFormat = 'csv' | 'xlsx' | 'vcard';

export const exportFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'vcard', label: 'vCard' },
];

/** What the list shows, as the export takes it: the search, the conditions and the segment opened. */
export interface ExportedList {
  q: string;
  conditions: readonly Condition[];
  segment?: string | null;
}

/** The export of exactly what the contacts list shows: its segment, search and filters (the sort is the export's own). */
export function exportUrl(format: ExportFormat, list: ExportedList): string {
  const query = new URLSearchParams({ format });
  if (list.q.trim()) query.set('q', list.q.trim());
  for (const condition of list.conditions) query.append('filter', formatCondition(condition));
  if (list.segment) query.set('segment', list.segment);
  return `/api/v1/contacts/export?${query.toString()}`;
}
