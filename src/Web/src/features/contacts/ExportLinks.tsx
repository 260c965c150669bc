import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl, exportFormats } from './exportUrl';

/**
 * Downloads of the list as it is searched, in each format the API writes; the browser saves what the link answers.
 * The export endpoint takes the search only: while filters narrow the list, exporting is refused with the reason
 * rather than handing out a file that holds more than the screen shows.
 */
export function ExportLinks({ q, filtered }: { q: string; filtered: boolean }) {
  const { t } = useTranslation('contacts');
  const reasonId = useId();
  if (filtered) {
    return (
      <span className="row export-refused">
        <button type="button" className="button" disabled aria-describedby={reasonId}>{t('list.export')}</button>
        <span id={reasonId} className="muted small">{t('list.exportFiltered')}</span>
      </span>
    );
  }
  return (
    <details className="menu">
      <summary className="button">{t('list.export')}</summary>
      <ul>
        {exportFormats.map(({ format, label }) => (
          <li key={format}>
            <a href={exportUrl(format, q)} download aria-label={t('list.exportAs', { format: label })}>{label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
