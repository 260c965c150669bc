import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import { repeatEnds, type Frequency, type Repeat, type RepeatEnd } from '../../ui/recurrence';
import { addReminder, maxReminders, removeReminder, taskFrequencies } from './tasks';

/** A task's reminders: local times in the assignee's time zone, up to the API's maximum, blanks ignored. */
export function ReminderFields({ reminders, error, onChange }: { reminders: string[]; error?: string; onChange: (reminders: string[]) => void }) {
  const { t } = useTranslation('tasks');
  return (
    <fieldset className="task-reminders">
      <legend>{t('create.reminders')}</legend>
      <p className="muted"><small>{t('create.remindersHint')}</small></p>
      {reminders.map((at, index) => (
        <div className="task-reminder" key={index}>
          <TextField label={t('create.reminderAt', { n: index + 1 })} type="datetime-local" value={at}
            onChange={(e) => onChange(reminders.map((r, i) => (i === index ? e.target.value : r)))} />
          <button type="button" className="button small ghost" aria-label={t('create.removeReminder', { n: index + 1 })}
            onClick={() => onChange(removeReminder(reminders, index))}>×</button>
        </div>
      ))}
      {error && <p className="error">{error}</p>}
      {reminders.length < maxReminders && (
        <div>
          <button type="button" className="button small" onClick={() => onChange(addReminder(reminders))}>
            {t('create.addReminder')}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * How a task repeats: a frequency and an end. A rule the form cannot show stays chosen as "its own rule", sent back as
 * it is, until another repetition is chosen.
 */
export function RepeatFields({ repeat, customRule, error, onChange }: {
  repeat: Repeat;
  customRule: string | null;
  error?: string;
  onChange: (repeat: Repeat, customRule: string | null) => void;
}) {
  const { t } = useTranslation('tasks');
  const repeating = !customRule && repeat.frequency !== 'none';
  return (
    <div className="task-form-pair">
      <SelectField label={t('repeat.label')} value={customRule ? 'custom' : repeat.frequency} error={error}
        hint={customRule ? t('repeat.customHint') : repeating ? t('repeat.hint') : undefined}
        onChange={(e) => {
          if (e.target.value !== 'custom') onChange({ ...repeat, frequency: e.target.value as Frequency }, null);
        }}>
        <option value="none">{t('repeat.none')}</option>
        {taskFrequencies.map((f) => <option key={f} value={f}>{t(`repeat.every.${f}`)}</option>)}
        {customRule && <option value="custom">{t('repeat.custom', { rule: customRule })}</option>}
      </SelectField>
      {repeating && (
        <SelectField label={t('repeat.ends')} value={repeat.end} onChange={(e) => onChange({ ...repeat, end: e.target.value as RepeatEnd }, null)}>
          {repeatEnds.map((end) => <option key={end} value={end}>{t(`repeat.end.${end}`)}</option>)}
        </SelectField>
      )}
      {repeating && repeat.end === 'count' && (
        <TextField label={t('repeat.count')} type="number" min={1} max={730} inputMode="numeric" value={repeat.count}
          onChange={(e) => onChange({ ...repeat, count: e.target.value }, null)} />
      )}
      {repeating && repeat.end === 'until' && (
        <TextField label={t('repeat.until')} type="date" value={repeat.until} onChange={(e) => onChange({ ...repeat, until: e.target.value }, null)} />
      )}
    </div>
  );
}
