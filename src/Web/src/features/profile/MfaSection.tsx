import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { meQueryKey, type Me } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { FormMessages, TextField } from '../../ui/Field';
import { asProblem, useFormProblem } from '../../ui/problems';
import { CopyButton } from '../../ui/CopyButton';
import { placeCodeProblem } from './codeProblem';
import { groupSharedKey } from './sharedKey';
import { useFocusOnMount } from './useFocusOnMount';

type Enrolment = components['schemas']['StartMfaEnrolmentEndpointResponse'];

const noFields: readonly string[] = [];
const codeFields = ['code'] as const;

/** Turning TOTP two-step verification on (QR code, code, recovery codes shown once) and off (with a current code). */
export function MfaSection({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const headingId = useId();
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const startProblem = useFormProblem('profile', noFields);

  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/mfa/enrolment')),
    onMutate: () => startProblem.clear(),
    onSuccess: (answer) => setEnrolment(answer),
    onError: (error) => {
      startProblem.fail(error);
      // Already on (turned on in another tab): show the profile as it is now.
      if (asProblem(error).status === 409) void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });

  // Until the refreshed profile arrives, the codes just received prove that it is on.
  const on = me.mfaEnabled || recoveryCodes !== null;

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mfa.heading')}</h2>
      <p>{t('mfa.intro')}</p>
      <p><strong>{on ? t('mfa.isOn') : t('mfa.isOff')}</strong></p>
      {recoveryCodes && <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />}
      {on ? (
        <TurnOffForm onTurnedOff={() => setRecoveryCodes(null)} />
      ) : enrolment ? (
        <EnrolmentPanel
          enrolment={enrolment}
          onCancel={() => setEnrolment(null)}
          onConfirmed={(codes) => {
            setEnrolment(null);
            setRecoveryCodes(codes);
          }}
        />
      ) : (
        <>
          <FormMessages messages={startProblem.messages} />
          <div className="form-actions">
            <button type="button" className="button primary" disabled={start.isPending} onClick={() => start.mutate()}>
              {start.isPending ? t('mfa.starting') : t('mfa.setUp')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function EnrolmentPanel({ enrolment, onCancel, onConfirmed }: {
  enrolment: Enrolment;
  onCancel: () => void;
  onConfirmed: (recoveryCodes: string[]) => void;
}) {
  const { t } = useTranslation('profile');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useFormProblem('profile', codeFields);
  const placed = placeCodeProblem(form.problem, form.fieldError('code'), form.messages);

  const confirm = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/api/v1/me/mfa/enrolment/confirm', { body: { code: value } })),
    onMutate: () => form.clear(),
    onSuccess: (answer) => {
      onConfirmed(answer.recoveryCodes);
      notify(t('mfa.enabled'));
      // MFA on: the role's permissions (if one required it) and the navigation come back with the fresh profile.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.fail(error),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.trim();
    setMissing(value === '');
    if (value === '') return;
    confirm.mutate(value);
  };

  return (
    <div className="stack">
      <h3 ref={heading} tabIndex={-1}>{t('mfa.connectHeading')}</h3>
      <p>{t('mfa.scan')}</p>
      <img className="qr-code" src={`data:image/png;base64,${enrolment.qrCodePngBase64}`} alt={t('mfa.qrAlt')} />
      <p>{t('mfa.manualKey')}</p>
      <p className="secret" data-testid="mfa-shared-key">{groupSharedKey(enrolment.sharedKey)}</p>
      <div className="row">
        <CopyButton text={enrolment.sharedKey} label={t('mfa.copyKey')} />
        <a href={enrolment.otpAuthUri}>{t('mfa.openApp')}</a>
      </div>
      <form className="form" noValidate onSubmit={submit}>
        <p>{t('mfa.enterCode')}</p>
        <FormMessages messages={placed.messages} />
        <CodeField value={code} onChange={setCode} error={missing ? t('mfa.codeMissing') : placed.codeError} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={confirm.isPending}>
            {confirm.isPending ? t('mfa.confirming') : t('mfa.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>{t('common:cancel')}</button>
        </div>
      </form>
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('profile');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="notice warning stack">
      <h3 ref={heading} tabIndex={-1}>{t('mfa.recoveryHeading')}</h3>
      <p>{t('mfa.recoveryWarning')}</p>
      <ol className="recovery-codes secret" aria-label={t('mfa.recoveryListLabel')}>
        {codes.map((c) => <li key={c}>{c}</li>)}
      </ol>
      <div className="form-actions">
        <CopyButton text={codes.join('\n')} label={t('mfa.copyCodes')} />
        <button type="button" className="button" onClick={onDone}>{t('mfa.codesStored')}</button>
      </div>
    </div>
  );
}

function TurnOffForm({ onTurnedOff }: { onTurnedOff: () => void }) {
  const { t } = useTranslation('profile');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useFormProblem('profile', codeFields);
  const placed = placeCodeProblem(form.problem, form.fieldError('code'), form.messages);

  const turnOff = useMutation({
    mutationFn: (value: string) => unwrap(api.POST('/api/v1/me/mfa/disable', { body: { code: value } })),
    onMutate: () => form.clear(),
    onSuccess: async () => {
      setCode('');
      onTurnedOff();
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      notify(t('mfa.turnedOff'));
    },
    onError: (error) => {
      form.fail(error);
      // Not on any more (turned off in another tab): show the profile as it is now.
      if (asProblem(error).code === 'mfa.not_enabled') void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = code.trim();
    setMissing(value === '');
    if (value === '') return;
    turnOff.mutate(value);
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>{t('mfa.turnOffIntro')}</p>
      <FormMessages messages={placed.messages} />
      <CodeField value={code} onChange={setCode} error={missing ? t('mfa.codeMissing') : placed.codeError} />
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={turnOff.isPending}>
          {turnOff.isPending ? t('mfa.turningOff') : t('mfa.turnOff')}
        </button>
      </div>
    </form>
  );
}

function CodeField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation('profile');
  return (
    <TextField label={t('mfa.code')} hint={t('mfa.codeHint')} value={value} onChange={(e) => onChange(e.target.value)}
      error={error} inputMode="numeric" autoComplete="one-time-code" maxLength={20} spellCheck={false} required />
  );
}
