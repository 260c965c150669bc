import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem, useProblemText } from '../../ui/problems';
import { toggle } from './roleRules';
import './admin.css';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  /** Said after the label, e.g. why the box cannot be changed. */
  hint?: string;
  disabled?: boolean;
}

/** A fieldset of checkboxes choosing several values, each box labelled by its option. */
export function CheckboxGroup({ legend, options, selected, onChange, error, hint, disabled }: {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field" aria-describedby={describedBy} disabled={disabled}>
      <legend>{legend}</legend>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <div className="admin-checkboxes">
        {options.map((option, index) => {
          const boxId = `${id}-${index}`;
          return (
            <div key={option.value} className="admin-checkbox">
              <div className="checkbox">
                <input id={boxId} type="checkbox" checked={selected.includes(option.value)} disabled={option.disabled}
                  aria-describedby={option.hint ? `${boxId}-hint` : undefined}
                  onChange={(e) => onChange(toggle(selected, option.value, e.target.checked))} />
                <label htmlFor={boxId}>{option.label}</label>
              </div>
              {option.hint && <span id={`${boxId}-hint`} className="hint">{option.hint}</span>}
            </div>
          );
        })}
      </div>
      {error && <span id={`${id}-error`} className="error">{error}</span>}
    </fieldset>
  );
}

/** A query that failed: the same words as a form would use, and a way to try again. */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const text = useProblemText('admin')(asProblem(error));
  return (
    <div className="notice error" role="alert">
      <p>{text}</p>
      <button type="button" className="button small" onClick={onRetry}>{t('admin:tryAgain')}</button>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common:loading')}</p>;
}

/** What a page shows to someone whose role does not include the administration permission. */
export function NotAllowed({ title, text }: { title: string; text: string }) {
  return (
    <>
      <div className="page-header"><h1>{title}</h1></div>
      <div className="notice warning"><p style={{ margin: 0 }}>{text}</p></div>
    </>
  );
}

/** A table that scrolls sideways on a narrow screen; the region is focusable so the keyboard can scroll it too. */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="admin-table">
        <caption id={id} className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
