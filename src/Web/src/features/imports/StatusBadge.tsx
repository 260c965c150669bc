import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './importProgress';

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation('imports');
  const tone = status === 'Failed' ? ' danger' : status === 'Completed' ? ' accent' : '';
  return <span className={`badge${tone}`}>{t(`statuses.${status}`)}</span>;
}
