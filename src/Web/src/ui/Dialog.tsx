import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal on the native <dialog>: focus trapped and Escape handled by the browser; `data-autofocus` marks the first stop. */
export function Dialog({ open, title, onClose, children, className }: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first button (Close); a dialog can name a better first stop.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
    // Closed properly when unmounted open too, so the browser gives the focus back to what opened it.
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className={className}>
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button ghost small" onClick={onClose}>{t('close')}</button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
