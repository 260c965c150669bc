import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextAreaField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { missingFieldsOf, type DealFieldName, type Stage } from './board';
import type { Deal } from './dealDraft';
import { dealKeys, useLostReasons } from './queries';

/** A deal as a move needs it: the version read is sent in If-Match. */
export interface MovedDeal {
  id: string;
  name: string;
  version: number;
}

export interface MoveRequest {
  deal: MovedDeal;
  stage: Stage;
  lostReasonId?: string;
  lostNote?: string;
}

/** Why a move did not happen, as the screens tell it. */
export type MoveRefusal =
  | { kind: 'requirements'; request: MoveRequest; fields: DealFieldName[] }
  | { kind: 'stale'; request: MoveRequest }
  | { kind: 'other'; request: MoveRequest; message: string };

export const moveDeal = ({ deal, stage, lostReasonId, lostNote }: MoveRequest) =>
  unwrap(api.POST('/api/v1/deals/{id}/move', {
    params: { path: { id: deal.id } },
    body: { stageId: stage.id, lostReasonId: lostReasonId ?? null, lostNote: lostNote?.trim() || null },
    headers: ifMatch(deal.version),
  }));

/** Whether a refusal is told by the screen (the board, the deal page) rather than inside the lost reason dialog. */
export function toldByScreen(error: unknown): boolean {
  const problem = asProblem(error);
  return problem.status === 412 || problem.code === 'deal.stage_requirements_missing';
}

/**
 * Moves a deal, tells where it went, and refreshes the boards; a refusal goes to `onRefused`: the missing fields of
 * the stage (422), a change made meanwhile (412), or the API's problem in the interface's words.
 */
export function useMoveDeal({ onMoved, onRefused }: {
  onMoved?: (deal: Deal, request: MoveRequest) => void;
  onRefused: (refusal: MoveRefusal) => void;
}) {
  const { t } = useTranslation('deals');
  const describe = useProblemText('deals');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  return useMutation({
    mutationFn: moveDeal,
    onSuccess: (deal, request) => {
      queryClient.setQueryData(dealKeys.detail(deal.id), deal);
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      const name = deal.name;
      notify(deal.status === 'Won' ? t('board.won', { name }) : deal.status === 'Lost' ? t('board.lost', { name }) : t('board.moved', { name, stage: deal.stageName }));
      onMoved?.(deal, request);
    },
    onError: (error, request) => onRefused(refusalOf(error, request, (p) => describe(p))),
  });
}

export function refusalOf(error: unknown, request: MoveRequest, describe: (problem: ReturnType<typeof asProblem>) => string): MoveRefusal {
  const problem = asProblem(error);
  if (problem.status === 412) return { kind: 'stale', request };
  if (problem.code === 'deal.stage_requirements_missing') return { kind: 'requirements', request, fields: missingFieldsOf(problem) };
  return { kind: 'other', request, message: describe(problem) };
}

/** The fields a stage requires, named in the reader's language and joined as a list. */
export function useFieldList() {
  const { t } = useTranslation('deals');
  const locale = useLocale();
  return (fields: readonly DealFieldName[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields.map((f) => t(`fields.${f}`)));
}

/** A refused move, told where the user looks: what is missing (with a way to fill it in), or that the deal changed. */
export function MoveNotice({ refusal, requirementsText, staleText, action, onDismiss }: {
  refusal: MoveRefusal;
  requirementsText: string;
  staleText: string;
  /** A link to where the missing fields are filled in. */
  action?: ReactNode;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('deals');
  const text = refusal.kind === 'requirements' ? requirementsText : refusal.kind === 'stale' ? staleText : refusal.message;
  return (
    <div className={`notice ${refusal.kind === 'stale' ? 'warning' : 'error'} deal-notice`} role="alert">
      <p>{text}</p>
      <div className="row">
        {refusal.kind === 'requirements' && action}
        <button type="button" className="button small" onClick={onDismiss}>{t('board.dismiss')}</button>
      </div>
    </div>
  );
}

/**
 * Asks why a deal was lost (an active reason, and a note) before moving it into the lost stage. A refusal about the
 * reason or the note stays in the dialog; one the screen tells (412, missing fields) goes to `onRefused`.
 */
export function LostDialog({ request, onClose, onMoved, onRefused }: {
  request: { deal: MovedDeal; stage: Stage } | null;
  onClose: () => void;
  onMoved?: (deal: Deal, request: MoveRequest) => void;
  onRefused: (refusal: MoveRefusal) => void;
}) {
  const { t } = useTranslation('deals');
  return (
    <Dialog open={request !== null} title={request ? t('lost.title', { name: request.deal.name }) : ''} onClose={onClose}>
      {request && <LostForm key={`${request.deal.id}-${request.deal.version}`} deal={request.deal} stage={request.stage} onClose={onClose} onMoved={onMoved} onRefused={onRefused} />}
    </Dialog>
  );
}

function LostForm({ deal, stage, onClose, onMoved, onRefused }: {
  deal: MovedDeal;
  stage: Stage;
  onClose: () => void;
  onMoved?: (deal: Deal, request: MoveRequest) => void;
  onRefused: (refusal: MoveRefusal) => void;
}) {
  const { t } = useTranslation('deals');
  const describe = useProblemText('deals');
  const reasons = useLostReasons();
  const active = (reasons.data ?? []).filter((r) => r.isActive);
  // The reason and the note are told in the interface's words above the fields.
  const form = useFormProblem('deals', []);
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const move = useMoveDeal({
    onMoved: (moved, request) => {
      onClose();
      onMoved?.(moved, request);
    },
    onRefused: (refusal) => {
      if (refusal.kind === 'other') return;
      onClose();
      onRefused(refusal);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!reasonId) return;
    move.mutate({ deal, stage, lostReasonId: reasonId, lostNote: note }, {
      onError: (error) => {
        if (!toldByScreen(error)) form.fail(error);
      },
    });
  };
  const reasonError = checked && !reasonId ? t('lost.reasonRequired') : undefined;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={form.problem ? [describe(form.problem)] : []} />
      {reasons.isError && <p className="notice error" role="alert">{describe(asProblem(reasons.error))}</p>}
      {reasons.isSuccess && active.length === 0 ? <p className="notice warning">{t('lost.noReasons')}</p> : (
        <SelectField label={t('lost.reason')} required value={reasonId} data-autofocus error={reasonError} onChange={(e) => setReasonId(e.target.value)}>
          <option value="">{t('lost.chooseReason')}</option>
          {active.map((reason) => <option key={reason.id} value={reason.id}>{reason.name}</option>)}
        </SelectField>
      )}
      <TextAreaField label={t('lost.note')} hint={t('lost.noteHint')} maxLength={1000} rows={3} value={note}
        onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={move.isPending || active.length === 0}>
          {move.isPending ? t('common:working') : t('lost.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
