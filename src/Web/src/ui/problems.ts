import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldOfCode, splitProblem, type Problem } from '../api/problem';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What to tell the user about a problem: the interface's own words for known codes and statuses, else the API's detail. */
function describeProblem(problem: Problem, t: Translate, exists: (key: string) => boolean): string {
  if (problem.code && exists(`codes.${problem.code}`)) return t(`codes.${problem.code}`);
  switch (problem.status) {
    case 0: return t('common:problems.network');
    case 401: return t('common:problems.sessionEnded');
    case 403: return t('common:problems.forbidden');
    case 404: return t('common:problems.notFound');
    case 429: return t('common:problems.tooMany');
  }
  if (problem.errors && Object.keys(problem.errors).length > 0) return t('common:problems.validation');
  return problem.detail ?? t('common:problems.generic', { status: problem.status });
}

export function asProblem(error: unknown): Problem {
  return error instanceof ApiError ? error.problem : { status: 0, code: 'network.unreachable' };
}

/** The sentence for a failed call, looking up the API's codes in a feature's texts (`codes.*`), then the common ones. */
export function useProblemText(namespace = 'common') {
  const { t, i18n } = useTranslation([namespace, 'common']);
  return useCallback(
    (problem: Problem) => describeProblem(problem, t as Translate, (key) => i18n.exists(key, { ns: [namespace, 'common'] })),
    [t, i18n, namespace],
  );
}

/**
 * The problem of a form's last submission, split into messages next to its fields and messages for the whole form.
 * `namespace` holds the feature's `codes.*` texts for the API's error codes.
 */
export function useFormProblem(namespace: string, fields: readonly string[]) {
  const { t, i18n } = useTranslation([namespace, 'common']);
  const describe = useProblemText(namespace);
  const [problem, setProblem] = useState<Problem | null>(null);
  const fieldsKey = fields.join('|');
  const split = useMemo(
    () => (problem ? splitProblem(problem, fieldsKey.split('|')) : { fields: {}, general: [] }),
    [problem, fieldsKey],
  );
  const exists = (key: string) => i18n.exists(key, { ns: [namespace, 'common'] });
  // A rule broken by one field is told next to it; the form's own message then only points there.
  const aboutOneField = problem && !exists(`codes.${problem.code}`) && fieldOfCode(problem.code, fieldsKey.split('|'));
  const summary = !problem ? null : aboutOneField ? t('common:problems.validation') : describe(problem);
  return {
    problem,
    isConflict: problem?.status === 412,
    fieldError: (name: string): string | undefined => split.fields[name],
    /** The sentence for the whole form, then any field message the form has no place for. */
    messages: summary ? [summary, ...split.general.filter((m) => m !== summary)] : [],
    fail: useCallback((error: unknown) => setProblem(asProblem(error)), []),
    clear: useCallback(() => setProblem(null), []),
  };
}
