import { formatCondition, type Condition } from './listView';

export type ExportFormat = 'csv' | 'xlsx' | 'vcard';

export const exportFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'vcard', label: 'vCard' },
];

/** The formats of a company export: vCards are for people. */
export const spreadsheetFormats = exportFormats.filter((f) => f.format !== 'vcard');

/** What the list shows, as the export takes it: the search, the conditions and the segment opened. */
export interface ExportedList {
  q: string;
  conditions: readonly Condition[];
  segment?: string | null;
}

/**
 * The export of exactly what a list shows: its segment, search and filters (the sort is the export's own), from the
 * contacts' export unless another is named.
 */
export function exportUrl(format: ExportFormat, list: ExportedList, path = '/api/v1/contacts/export'): string {
  const query = new URLSearchParams({ format });
  if (list.q.trim()) query.set('q', list.q.trim());
  for (const condition of list.conditions) query.append('filter', formatCondition(condition));
  if (list.segment) query.set('segment', list.segment);
  return `${path}?${query.toString()}`;
}
