import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Dialog } from './Dialog';
import { FormMessages } from './Field';
import { useFormProblem } from './problems';

/**
 * A question before an action that is hard to undo. `run` is called on confirmation; a refusal is shown in the dialog,
 * which stays open.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, run, onDone, onFail, onClose, namespace = 'common' }: {
  open: boolean;
  /** The feature whose `codes.*` texts explain a refusal. */
  namespace?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** "Cancel" unless that would read like the action itself (in French, « Annuler » next to « Annuler la fusion »). */
  cancelLabel?: string;
  run: () => Promise<unknown>;
  onDone: () => void;
  onFail?: (error: unknown) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <ConfirmBody namespace={namespace} confirmLabel={confirmLabel} cancelLabel={cancelLabel} run={run} onDone={onDone} onFail={onFail} onClose={onClose}>{children}</ConfirmBody>
    </Dialog>
  );
}

function ConfirmBody({ namespace, children, confirmLabel, cancelLabel, run, onDone, onFail, onClose }: {
  namespace: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  run: () => Promise<unknown>;
  onDone: () => void;
  onFail?: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormProblem(namespace, []);
  const action = useMutation({
    mutationFn: run,
    onSuccess: onDone,
    onError: (error) => {
      form.fail(error);
      onFail?.(error);
    },
  });
  return (
    <div className="stack">
      {children}
      <FormMessages messages={form.messages} />
      <div className="form-actions">
        <button type="button" className="button danger" disabled={action.isPending} aria-busy={action.isPending || undefined}
          onClick={() => {
            form.clear();
            action.mutate();
          }}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>{cancelLabel ?? t('cancel')}</button>
      </div>
      {action.isPending && <p role="status" className="muted">{t('working')}</p>}
    </div>
  );
}
