import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { usePageTitle } from '../../app/usePageTitle';
import { FormMessages, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { readInvitation } from './invitationLink';

export default function InvitationPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('invitation.title'));
  const invitation = useMemo(() => readInvitation(window.location.hash), []);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const form = useFormProblem('auth', ['password']);
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/invitations/accept', {
      body: { userId: invitation!.userId, token: invitation!.token, password },
    })),
    onMutate: form.clear,
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== confirm);
    if (password === confirm) accept.mutate();
  };

  // A refused password comes back as a problem whose detail says why: shown under the field.
  const passwordError = form.fieldError('password') ?? (form.problem?.code === 'password.refused' ? form.problem.detail : undefined);

  return (
    <main className="auth-page">
      <div className="card auth-card stack">
        <h1>{t('invitation.title')}</h1>
        {!invitation ? (
          <p className="notice error" role="alert">{t('invitation.linkBroken')}</p>
        ) : accept.isSuccess ? (
          <>
            <p className="notice success" role="status">{t('invitation.done')}</p>
            <Link className="button primary" to="/sign-in">{t('invitation.goToSignIn')}</Link>
          </>
        ) : (
          <>
            <p>{t('invitation.intro')}</p>
            <FormMessages messages={form.messages} />
            <form className="form" onSubmit={submit} noValidate>
              <TextField label={t('invitation.password')} type="password" name="password" autoComplete="new-password" required
                value={password} onChange={(e) => setPassword(e.target.value)} hint={t('invitation.hint')} error={passwordError} />
              <TextField label={t('invitation.confirm')} type="password" name="confirm" autoComplete="new-password" required
                value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch ? t('invitation.mismatch') : undefined} />
              <button type="submit" className="button primary" disabled={accept.isPending}>{t('invitation.submit')}</button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
