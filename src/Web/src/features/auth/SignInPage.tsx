import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useStartSession, type Me } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { FormMessages, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { safeReturnTo } from './returnTo';

/** The text for the `?error=` an external sign-in came back with; never the parameter itself, which anyone can write. */
function providerErrorKey(code: string, exists: (key: string) => boolean): string {
  const known = [`codes.${code}`, `codes.auth.${code}`].find((key) => /^[a-z_.]+$/.test(code) && exists(key));
  return known ?? 'codes.provider_error';
}

type Step = { kind: 'password' } | { kind: 'directory' } | { kind: 'secondFactor' };

export default function SignInPage() {
  const { t, i18n } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const startSession = useStartSession();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useFormProblem('auth', ['email', 'password', 'username', 'code', 'recoveryCode']);
  usePageTitle(step.kind === 'secondFactor' ? t('mfa.title') : t('signIn.title'));

  const methods = useQuery({
    queryKey: ['auth', 'methods'],
    queryFn: () => unwrap(api.GET('/api/v1/auth/methods')),
    staleTime: Infinity,
  });
  const providerError = params.get('error');

  const signedIn = (me: Me) => {
    startSession(me);
    navigate(returnTo, { replace: true });
  };

  const signIn = useMutation({
    mutationFn: () => unwrap(step.kind === 'directory'
      ? api.POST('/api/v1/auth/ldap/sign-in', { body: { username: email, password } })
      : api.POST('/api/v1/auth/sign-in', { body: { email, password } })),
    onMutate: form.clear,
    onSuccess: (outcome) => {
      if ('secondFactorRequired' in outcome && outcome.secondFactorRequired) {
        setPassword('');
        setStep({ kind: 'secondFactor' });
      } else {
        signedIn(outcome as Me);
      }
    },
    onError: form.fail,
  });

  const verify = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/mfa/verify', {
      body: useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') },
    })),
    onMutate: form.clear,
    onSuccess: signedIn,
    onError: (error) => {
      form.fail(error);
      setCode('');
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step.kind === 'secondFactor') verify.mutate();
    else signIn.mutate();
  };

  const busy = signIn.isPending || verify.isPending;
  const hasDirectory = methods.data?.methods.some((m) => m.kind === 'ldap');
  const providers = methods.data?.methods.filter((m) => m.kind === 'oidc') ?? [];

  return (
    <main className="auth-page">
      <div className="card auth-card stack">
        <h1>{step.kind === 'secondFactor' ? t('mfa.title') : t('signIn.title')}</h1>
        {providerError && step.kind !== 'secondFactor' && !form.problem && (
          <div className="notice error" role="alert">{t(providerErrorKey(providerError, (key) => i18n.exists(key, { ns: 'auth' })))}</div>
        )}
        <FormMessages messages={form.messages} />
        <form className="form" onSubmit={submit} noValidate>
          {step.kind === 'secondFactor' ? (
            <>
              <p>{t('mfa.intro')}</p>
              <TextField
                key={useRecovery ? 'recovery' : 'code'}
                label={useRecovery ? t('mfa.recoveryCode') : t('mfa.code')}
                name="code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                inputMode={useRecovery ? 'text' : 'numeric'}
                autoComplete="one-time-code"
                autoFocus
                required
                error={form.fieldError(useRecovery ? 'recoveryCode' : 'code')}
              />
              <div className="form-actions">
                <button type="submit" className="button primary" disabled={busy}>{t('mfa.submit')}</button>
                <button type="button" className="button ghost" onClick={() => { setUseRecovery((r) => !r); setCode(''); }}>
                  {useRecovery ? t('mfa.useApp') : t('mfa.useRecovery')}
                </button>
              </div>
              <button type="button" className="button ghost small" onClick={() => { form.clear(); setStep({ kind: 'password' }); }}>
                {t('mfa.startOver')}
              </button>
            </>
          ) : (
            <>
              <TextField
                label={step.kind === 'directory' ? t('signIn.username') : t('signIn.email')}
                name="email"
                type={step.kind === 'directory' ? 'text' : 'email'}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="username"
                autoFocus
                required
                error={form.fieldError(step.kind === 'directory' ? 'username' : 'email')}
              />
              <TextField
                label={t('signIn.password')}
                name="password"
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                required
                hint={t('signIn.lockoutHint')}
                error={form.fieldError('password')}
              />
              <button type="submit" className="button primary" disabled={busy}>
                {busy ? t('signIn.submitting') : t('signIn.submit')}
              </button>
              {hasDirectory && (
                <button type="button" className="button ghost"
                  onClick={() => { form.clear(); setStep({ kind: step.kind === 'directory' ? 'password' : 'directory' }); }}>
                  {step.kind === 'directory' ? t('signIn.withPassword') : t('signIn.withDirectory')}
                </button>
              )}
            </>
          )}
        </form>
        {step.kind !== 'secondFactor' && providers.length > 0 && (
          <div className="stack">
            <p className="muted">{t('signIn.orWith')}</p>
            {providers.map((p) => (
              <a key={p.scheme} className="button"
                href={`${p.challengeUrl}${p.challengeUrl?.includes('?') ? '&' : '?'}returnUrl=${encodeURIComponent(returnTo)}`}>
                {t('signIn.withProvider', { name: p.displayName })}
              </a>
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
