import { useTranslation } from 'react-i18next';
import { contactColumns, type Column, type ColumnSet } from './listColumns';

/**
 * Which columns the list shows, among the record's own (named in the list's namespace) and the custom fields; the name
 * is always shown.
 */
export function ColumnChooser({ available, chosen, onChange, set = contactColumns }: {
  available: readonly Column[]; chosen: readonly string[]; onChange: (columns: string[]) => void; set?: ColumnSet;
}) {
  const { t } = useTranslation('contacts');
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id);
    // Kept in the chooser's order, so the table's columns do not move with the order they were ticked in.
    onChange(available.map((c) => c.id).filter((c) => next.includes(c)));
  };
  return (
    <details className="menu column-chooser">
      <summary className="button">{t('columns.choose')}</summary>
      <fieldset>
        <legend>{t('columns.legend')}</legend>
        {available.filter((c) => c.id !== 'name').map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.custom ? c.custom.label : t(`${set.list}:columns.${c.id}`)}
          </label>
        ))}
        <button type="button" className="button" onClick={() => onChange([...set.defaults])}>{t('columns.reset')}</button>
      </fieldset>
    </details>
  );
}
