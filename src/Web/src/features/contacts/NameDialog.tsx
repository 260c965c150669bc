import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';

interface NameDialogProps {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  submitLabel: string;
  initialName?: string;
  /** A "share with my team" box, for views. */
  share?: { label: string; hint: string; initial: boolean };
  /** Saves; a refusal stays in the dialog with what was typed. */
  run: (name: string, shared: boolean) => Promise<unknown>;
  /** After a 412: reads the record again, the name typed kept; the next try sends the new version. */
  onReload?: () => Promise<unknown>;
  onDone: (name: string) => void;
  onClose: () => void;
}

/** A dialog asking for a name (a saved view's, a segment's), and for a view whether the team shares it. */
export function NameDialog(props: NameDialogProps) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <NameForm {...props} />
    </Dialog>
  );
}

function NameForm({ label, hint, submitLabel, initialName = '', share, run, onReload, onDone, onClose }: NameDialogProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const form = useFormProblem('contacts', ['name']);
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(share?.initial ?? false);
  const [checked, setChecked] = useState(false);
  const hintId = useId();
  const save = useMutation({ mutationFn: () => run(name.trim(), shared), onSuccess: () => onDone(name.trim()), onError: form.fail });
  const nameError = checked && !name.trim() ? t('list.nameRequired') : form.fieldError('name');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!name.trim()) return;
    save.mutate();
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {form.isConflict && onReload
        ? <ConflictNotice onReload={() => void onReload().then(form.clear)} onDismiss={form.clear} />
        : <FormMessages messages={form.messages} />}
      <TextField label={label} hint={hint} required maxLength={100} autoComplete="off" value={name} error={nameError}
        data-autofocus onChange={(e) => setName(e.target.value)} />
      {share && (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} aria-describedby={hintId} />
            {share.label}
          </label>
          <span id={hintId} className="hint">{share.hint}</span>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
