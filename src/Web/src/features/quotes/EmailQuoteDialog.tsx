import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, TextAreaField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem } from '../../ui/problems';
import { useSellerProfile } from './queries';
import type { Quote } from './quoteDraft';
import {
  checkEmailForm, messageMaxLength, parseRecipients, quoteDay, subjectMaxLength, toEmailRequest, type EmailField, type EmailForm,
} from './quoteEmail';

const fields: readonly EmailField[] = ['to', 'cc', 'subject', 'message'];

/**
 * Emails the quote's PDF: recipients offered from the deal's contacts, subject and message written in the quote's
 * language. The dialog stays open on a refusal; `onSent` gets the quote as it is after sending.
 */
export function EmailQuoteDialog({ open, quote, dealName, recipients, onSent, onRefused, onClose }: {
  open: boolean;
  quote: Quote;
  dealName: string | undefined;
  /** "a@x.fr; b@y.fr": the deal's contacts' addresses. */
  recipients: string;
  onSent: (saved: Quote) => void;
  /** Told the status of a refusal, to read the quote again when it changed meanwhile. */
  onRefused: (status: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('quotes');
  return (
    <Dialog open={open} title={t('email.title', { number: quote.displayNumber })} onClose={onClose}>
      <EmailBody quote={quote} dealName={dealName} recipients={recipients} onSent={onSent} onRefused={onRefused} onClose={onClose} />
    </Dialog>
  );
}

function EmailBody({ quote, dealName, recipients, onSent, onRefused, onClose }: {
  quote: Quote;
  dealName: string | undefined;
  recipients: string;
  onSent: (saved: Quote) => void;
  onRefused: (status: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('quotes');
  const seller = useSellerProfile();
  if (seller.isPending) return <p role="status" className="muted">{t('common:loading')}</p>;
  // Without the seller's name (not set up yet) the server writes its own subject and message, or says what is missing.
  const sellerName = seller.data?.isSetUp ? seller.data.name : null;
  return <EmailFormBody quote={quote} dealName={dealName} recipients={recipients} sellerName={sellerName} onSent={onSent} onRefused={onRefused} onClose={onClose} />;
}

function EmailFormBody({ quote, dealName, recipients, sellerName, onSent, onRefused, onClose }: {
  quote: Quote;
  dealName: string | undefined;
  recipients: string;
  sellerName: string | null;
  onSent: (saved: Quote) => void;
  onRefused: (status: number) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('quotes');
  const { notify } = useNotifications();
  const [form, setForm] = useState<EmailForm>(() => {
    // In the quote's language, whatever the reader's.
    const inQuoteLanguage = i18n.getFixedT(quote.language === 'en' ? 'en' : 'fr', 'quotes');
    const values = { number: quote.displayNumber, seller: sellerName, deal: dealName ?? '', date: quoteDay(quote.validUntil, quote.language) };
    return {
      to: recipients,
      cc: '',
      subject: sellerName ? inQuoteLanguage('email.defaultSubject', values) : '',
      message: sellerName ? inQuoteLanguage('email.defaultMessage', values) : '',
    };
  });
  const [checked, setChecked] = useState(false);
  const problem = useFormProblem('quotes', fields);
  const local = checked ? checkEmailForm(form) : {};
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/quotes/{id}/email', {
      params: { path: { id: quote.id } }, body: toEmailRequest(form), headers: ifMatch(quote.version),
    })),
    onMutate: problem.clear,
    onSuccess: (saved) => {
      notify(t('email.sent', { number: saved.displayNumber, to: parseRecipients(form.to).addresses.join(', ') }));
      onSent(saved);
    },
    onError: (error) => {
      problem.fail(error);
      onRefused(asProblem(error).status);
    },
  });
  const errorOf = (field: EmailField) => {
    const found = local[field];
    return found ? t(`email.problems.${found.problem}`, { invalid: found.invalid }) : problem.fieldError(field);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (Object.keys(checkEmailForm(form)).length > 0) return;
    send.mutate();
  };
  const cause = problem.problem?.code === 'mail.send_failed' && problem.problem.detail ? [t('email.cause', { detail: problem.problem.detail })] : [];
  const change = (field: EmailField) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  return (
    <form className="stack" noValidate onSubmit={submit} aria-busy={send.isPending || undefined}>
      <p className="muted">{t('email.intro', { file: `${quote.displayNumber}.pdf` })}</p>
      <FormMessages messages={[...problem.messages, ...cause]} />
      <TextField label={t('email.to')} hint={t('email.toHint')} type="text" inputMode="email" autoComplete="off" required data-autofocus
        value={form.to} error={errorOf('to')} onChange={change('to')} />
      <TextField label={t('email.cc')} type="text" inputMode="email" autoComplete="off" value={form.cc} error={errorOf('cc')} onChange={change('cc')} />
      <TextField label={t('email.subject')} type="text" maxLength={subjectMaxLength} value={form.subject} error={errorOf('subject')} onChange={change('subject')} />
      <TextAreaField label={t('email.message')} rows={9} maxLength={messageMaxLength} value={form.message} error={errorOf('message')} onChange={change('message')} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={send.isPending}>{send.isPending ? t('email.sending') : t('email.send')}</button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
