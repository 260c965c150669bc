import { Fragment, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { parseIds, withKept } from './mergeDraft';
import type { Mergeable, MergeKind, MergeRow } from './mergeKind';
import './merges.css';

type Named<R> = (record: R) => string;

/**
 * /{contacts|companies}/merge?ids=<kept>,<other>[,…]: the records side by side, a choice per single detail of the
 * value the kept record takes (preselected as the API would), what it gains from all of them, and the merge.
 */
export function MergeScreen<R extends Mergeable, P, C>({ kind }: { kind: MergeKind<R, P, C> }) {
  const { t } = useTranslation(kind.namespace);
  const me = useSignedInUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ids = parseIds(params.get('ids'));
  usePageTitle(t('title'));
  const header = (
    <>
      <Link to={`/${kind.path}`}>← {t(kind.backKey)}</Link>
      <div className="page-header"><h1>{t('title')}</h1></div>
    </>
  );
  if (!can(me, 'contacts.write')) {
    return <section className="stack">{header}<p className="notice error" role="alert">{t('common:problems.forbidden')}</p></section>;
  }
  if (ids.length < 2) {
    return <section className="stack">{header}<p className="notice warning">{t('tooFew')}</p></section>;
  }
  // The same records with another one kept stay the same screen: the values already chosen are not lost.
  const sameRecords = [...ids].sort().join(',');
  return (
    <section className="stack">
      {header}
      <p className="muted">{t('intro')}</p>
      <MergeRecords key={sameRecords} kind={kind} ids={ids} onKeep={(id) => navigate(kind.href(withKept(ids, id)), { replace: true })} />
    </section>
  );
}

function MergeRecords<R extends Mergeable, P, C>({ kind, ids, onKeep }: { kind: MergeKind<R, P, C>; ids: string[]; onKeep: (id: string) => void }) {
  const { t } = useTranslation(kind.namespace);
  const problemText = useProblemText(kind.namespace);
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const queries = useQueries({
    queries: ids.map((id) => ({ queryKey: [kind.path, 'detail', id], queryFn: () => kind.read(id) })),
  });
  const [picked, setPicked] = useState<P>();
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const merged = useRef<R | null>(null);

  const failed = queries.find((q) => q.error);
  if (failed) return <p className="notice error" role="alert">{problemText(asProblem(failed.error))}</p>;
  if (queries.some((q) => !q.data)) return <p role="status">{t('common:loading')}</p>;
  const records = queries.map((q) => q.data!);
  const kept = records[0]!;
  const others = records.slice(1);
  const names = kind.screenNames(records);
  const nameOf = (r: R) => names.get(r.id) ?? kind.nameOf(r);
  const choices = kind.choicesOf(records, picked);
  const problems = kind.problems(records, choices);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  const finish = (result: R) => {
    queryClient.setQueryData([kind.path, 'detail', kept.id], result);
    for (const key of [[kind.path, 'list'], [kind.path, 'count'], [kind.path, 'duplicates'], [kind.path, 'merges', kept.id], ['timeline', kind.path, kept.id], ['search']]) {
      void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
    }
    notify(t('done', { count: others.length, name: kind.nameOf(result) }));
    // The merged records now answer 404: forgotten once this screen, which still shows them, is gone.
    void Promise.resolve(navigate(`/${kind.path}/${kept.id}`)).then(() => {
      for (const other of others) {
        queryClient.removeQueries({ queryKey: [kind.path, 'detail', other.id] });
        queryClient.removeQueries({ queryKey: ['timeline', kind.path, other.id] });
      }
    });
  };

  return (
    <>
      <KeptChooser kind={kind} records={records} nameOf={nameOf} onKeep={onKeep} />
      {stale && <p className="notice warning" role="alert">{t('stale', { name: nameOf(kept) })}</p>}
      <ChoicesTable kind={kind} records={records} nameOf={nameOf} choices={choices} onPick={(row, id) => setPicked(row.pick(picked, id))} />
      <Combined kind={kind} records={records} />
      <div aria-live="polite">
        {problems.length > 0 && (
          <div className="notice warning">
            <ul>{problems.map((code) => <li key={code}>{t(`codes.${code}`)}</li>)}</ul>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => { setStale(false); setConfirming(true); }}>
          {t('submit', { count: records.length })}
        </button>
      </div>
      <ConfirmDialog
        namespace={kind.namespace}
        open={confirming}
        title={t('confirm.title', { count: records.length })}
        confirmLabel={t('confirm.button')}
        run={async () => {
          merged.current = await kind.merge(records, choices);
        }}
        onDone={() => {
          setConfirming(false);
          if (merged.current) finish(merged.current);
        }}
        onFail={(error) => {
          if (!(error instanceof ApiError)) return;
          // One of them changed or went away meanwhile: the page shows them as they are now.
          if (error.problem.status === 412 || error.problem.status === 404) {
            void queryClient.invalidateQueries({ queryKey: [kind.path, 'detail'] });
          }
          if (error.problem.status === 412) {
            setConfirming(false);
            setStale(true);
          }
        }}
        onClose={() => setConfirming(false)}
      >
        <p>{t('confirm.body', { count: others.length, others: list.format(others.map(nameOf)), kept: nameOf(kept) })}</p>
        <p>{t('confirm.undo')}</p>
      </ConfirmDialog>
    </>
  );
}

/** Which record is kept: the first column of the table, and the one the others are merged into. */
function KeptChooser<R extends Mergeable, P, C>({ kind, records, nameOf, onKeep }: {
  kind: MergeKind<R, P, C>;
  records: R[];
  nameOf: Named<R>;
  onKeep: (id: string) => void;
}) {
  const { t } = useTranslation(kind.namespace);
  const groupId = useId();
  return (
    <fieldset className="card merge-kept">
      <legend>{t('kept.legend')}</legend>
      {records.map((r, index) => (
        <label key={r.id} className="merge-choice">
          <input type="radio" name={`${groupId}-kept`} checked={index === 0} onChange={() => onKeep(r.id)} />
          <span><strong>{nameOf(r)}</strong><kind.KeptDetails record={r} /></span>
        </label>
      ))}
    </fieldset>
  );
}

/** One row per single detail, one column per record (the kept one first), a radio in each cell. */
function ChoicesTable<R extends Mergeable, P, C>({ kind, records, nameOf, choices, onPick }: {
  kind: MergeKind<R, P, C>;
  records: R[];
  nameOf: Named<R>;
  choices: C;
  onPick: (row: MergeRow<R, P>, id: string) => void;
}) {
  const { t } = useTranslation(kind.namespace);
  const rows = kind.useRows(records, choices);
  const groupId = useId();
  const keptColumn = (index: number) => index === 0 ? 'merge-kept-column' : undefined;
  return (
    <div className="table-wrap">
      <table className="merge-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.detail')}</th>
            {records.map((r, index) => (
              <th scope="col" key={r.id} className={keptColumn(index)}>
                <Link to={`/${kind.path}/${r.id}`}>{nameOf(r)}</Link>
                {index === 0 && <span className="badge accent">{t('kept.badge')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {records.map((r, index) => {
                const value = row.valueOf(r);
                return (
                  <td key={r.id} className={keptColumn(index)}>
                    <label className="merge-choice">
                      <input type="radio" name={`${groupId}-${row.key}`} checked={row.chosen === r.id} onChange={() => onPick(row, r.id)}
                        aria-label={row.choiceLabel(value, nameOf(r))} />
                      <span>
                        <span className="merge-who">{t(index === 0 ? 'cellWhoKept' : 'cellWho', { name: nameOf(r) })} </span>
                        {value ?? <span className="muted">{t('empty')}</span>}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the kept record gains from all of them, each once. */
function Combined<R extends Mergeable, P, C>({ kind, records }: { kind: MergeKind<R, P, C>; records: R[] }) {
  const { t } = useTranslation(kind.namespace);
  const lists = kind.useCombined(records);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('combined.heading')}</h2>
      <p className="muted">{t('combined.intro')}</p>
      <dl className="details">
        {lists.map((list) => (
          <Fragment key={list.label}>
            <dt>{list.label}</dt>
            <dd>
              {list.items.length === 0 ? <span className="muted">{t('empty')}</span> : (
                <ul className={list.tags ? 'plain merge-tags' : 'plain'}>
                  {list.items.map((item) => <li key={item.key} className={list.tags ? 'badge' : undefined}>{item.content}</li>)}
                </ul>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
