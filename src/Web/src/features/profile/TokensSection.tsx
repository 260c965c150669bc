import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import type { Me } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { formatDateTime } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { CopyButton } from '../../ui/CopyButton';
import { defaultExpiryDays, maxExpiryDays, parseExpiryDays, tokenStatus, toggleScope, type ApiToken } from './tokens';
import { useFocusOnMount } from './useFocusOnMount';

type CreatedToken = components['schemas']['CreateApiTokenEndpointResponse'];

/** The user's API tokens; not under ['me'], so refreshing the profile does not refetch them. */
const tokensQueryKey = ['api-tokens'] as const;
const createFields = ['name', 'scopes', 'expiresInDays'] as const;
const noFields: readonly string[] = [];

/** Personal API tokens: the list, creating one (its secret shown once), revoking one after a confirmation. */
export function TokensSection({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const problemText = useProblemText('profile');
  const headingId = useId();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const revokeProblem = useFormProblem('profile', noFields);

  const tokens = useQuery({ queryKey: tokensQueryKey, queryFn: () => unwrap(api.GET('/api/v1/me/tokens')) });
  // Read from the list each time, so a retry after a 412 sends the version the list was refreshed to.
  const revoking = tokens.data?.items.find((token) => token.id === revokingId) ?? null;
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(iso, locale, me.timeZone);
  const refresh = () => queryClient.invalidateQueries({ queryKey: tokensQueryKey });

  const revoke = useMutation({
    mutationFn: (token: ApiToken) =>
      unwrap(api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id: token.id } }, headers: ifMatch(token.version) })),
    onMutate: () => revokeProblem.clear(),
    onSuccess: async (_, token) => {
      setRevokingId(null);
      notify(t('tokens.revokedNotice', { name: token.name }));
      await refresh();
      // The row's button is gone: keep the focus in the list rather than losing it to the page.
      listHeading.current?.focus();
    },
    onError: (error) => {
      revokeProblem.fail(error);
      // Changed or gone meanwhile: show the list as it is now.
      void refresh();
    },
  });

  const closeDialog = () => {
    setRevokingId(null);
    revokeProblem.clear();
  };

  const revokeMessages = revokeProblem.isConflict ? [t('tokens.changedMeanwhile')] : revokeProblem.messages;

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tokens.heading')}</h2>
      <p>{t('tokens.intro')}</p>
      {created && (
        <CreatedTokenNotice token={created} when={when} onDone={() => {
          setCreated(null);
          listHeading.current?.focus();
        }} />
      )}

      <h3 ref={listHeading} tabIndex={-1}>{t('tokens.listHeading')}</h3>
      {tokens.isPending ? (
        <p role="status">{t('common:loading')}</p>
      ) : tokens.isError ? (
        <p className="notice error" role="alert">
          {problemText(asProblem(tokens.error))}
        </p>
      ) : tokens.data.items.length === 0 ? (
        <p className="muted">{t('tokens.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('tokens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.scopes')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.status')}</th>
                <th scope="col"><span className="visually-hidden">{t('tokens.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((token) => {
                const status = tokenStatus(token);
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <ul className="token-scopes">
                        {token.scopes.map((s) => <li key={s}><code className="badge">{s}</code></li>)}
                      </ul>
                    </td>
                    <td>{when(token.createdAtUtc)}</td>
                    <td>{when(token.expiresAtUtc)}</td>
                    <td>{token.lastUsedAtUtc ? when(token.lastUsedAtUtc) : t('tokens.never')}</td>
                    <td>
                      <span className={status === 'active' ? 'badge accent' : status === 'revoked' ? 'badge danger' : 'badge'}>
                        {t(`tokens.${status}`)}
                      </span>
                      {token.revokedAtUtc && (
                        <><br /><small className="muted">{t('tokens.revokedOn', { date: when(token.revokedAtUtc) })}</small></>
                      )}
                    </td>
                    <td>
                      {status !== 'revoked' && (
                        <button type="button" className="button small danger" aria-haspopup="dialog"
                          onClick={() => {
                            revokeProblem.clear();
                            setRevokingId(token.id);
                          }}>
                          {t('tokens.revoke')}<span className="visually-hidden"> {token.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <CreateTokenForm permissions={me.permissions} onCreated={(token) => {
        setCreated(token);
        void refresh();
      }} />

      <Dialog open={revoking !== null} title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })} onClose={closeDialog}>
        <div className="stack">
          <p>{t('tokens.revokeBody')}</p>
          <FormMessages messages={revokeMessages} />
          <div className="form-actions">
            <button type="button" className="button danger" disabled={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking)}>
              {revoke.isPending ? t('tokens.revoking') : t('tokens.confirmRevoke')}
            </button>
            <button type="button" className="button" onClick={closeDialog}>{t('common:cancel')}</button>
          </div>
        </div>
      </Dialog>
    </section>
  );
}

function CreateTokenForm({ permissions, onCreated }: { permissions: string[]; onCreated: (token: CreatedToken) => void }) {
  const { t } = useTranslation('profile');
  const scopesId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [days, setDays] = useState(String(defaultExpiryDays));
  const [daysInvalid, setDaysInvalid] = useState(false);
  const form = useFormProblem('profile', createFields);

  const create = useMutation({
    mutationFn: (body: { name: string; scopes: string[]; expiresInDays: number }) =>
      unwrap(api.POST('/api/v1/me/tokens', { body })),
    onMutate: () => form.clear(),
    onSuccess: (token) => {
      setName('');
      setScopes([]);
      setDays(String(defaultExpiryDays));
      onCreated(token);
    },
    onError: (error) => form.fail(error),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expiresInDays = parseExpiryDays(days);
    setDaysInvalid(expiresInDays === null);
    if (expiresInDays === null) return;
    create.mutate({ name: name.trim(), scopes, expiresInDays });
  };

  const scopesError = form.fieldError('scopes');

  return (
    <div className="stack">
      <h3>{t('tokens.createHeading')}</h3>
      {permissions.length === 0 ? (
        <p className="muted">{t('tokens.noPermissions')}</p>
      ) : (
        <form className="form" noValidate onSubmit={submit}>
          <FormMessages messages={form.messages} />
          <TextField label={t('tokens.tokenName')} hint={t('tokens.tokenNameHint')} value={name} required maxLength={100}
            autoComplete="off" onChange={(e) => setName(e.target.value)} error={form.fieldError('name')} />
          <fieldset className="field" aria-describedby={`${scopesId}-hint${scopesError ? ` ${scopesId}-error` : ''}`}>
            <legend>{t('tokens.scopesLegend')}</legend>
            <span id={`${scopesId}-hint`} className="hint">{t('tokens.scopesHint')}</span>
            <div className="scopes">
              {permissions.map((p) => (
                <label key={p} className="checkbox">
                  <input type="checkbox" checked={scopes.includes(p)}
                    onChange={(e) => setScopes((current) => toggleScope(current, p, e.target.checked, permissions))} />
                  <code>{p}</code>
                </label>
              ))}
            </div>
            {scopesError && <span id={`${scopesId}-error`} className="error">{scopesError}</span>}
          </fieldset>
          <TextField label={t('tokens.expiresInDays')} hint={t('tokens.expiresInDaysHint')} type="number" inputMode="numeric"
            min={1} max={maxExpiryDays} step={1} value={days} onChange={(e) => setDays(e.target.value)}
            error={daysInvalid ? t('tokens.daysInvalid') : form.fieldError('expiresInDays')} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={create.isPending}>
              {create.isPending ? t('tokens.creating') : t('tokens.create')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function CreatedTokenNotice({ token, when, onDone }: { token: CreatedToken; when: (iso: string) => string; onDone: () => void }) {
  const { t } = useTranslation('profile');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="notice success stack">
      <h3 ref={heading} tabIndex={-1}>{t('tokens.createdHeading', { name: token.name })}</h3>
      <p>{t('tokens.createdBody')}</p>
      <div className="token-value">
        <TextField label={t('tokens.createdValue')} value={token.token} readOnly spellCheck={false} autoComplete="off"
          onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p>{t('tokens.createdExpires', { date: when(token.expiresAtUtc) })}</p>
      <div className="form-actions">
        <CopyButton text={token.token} label={t('tokens.copyToken')} />
        <button type="button" className="button" onClick={onDone}>{t('tokens.done')}</button>
      </div>
    </div>
  );
}
