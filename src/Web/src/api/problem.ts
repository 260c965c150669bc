/** An RFC 9457 problem as the API writes it: a stable `code`, a readable `detail`, and `errors` per field for a 400. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
  /** The whole body, for the members some problems add (the possible duplicates of a 409). */
  body?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }
}

export function toProblem(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object') {
    const candidate = body as Partial<Problem>;
    return {
      status: response.status,
      title: typeof candidate.title === 'string' ? candidate.title : undefined,
      detail: typeof candidate.detail === 'string' ? candidate.detail : undefined,
      code: typeof candidate.code === 'string' ? candidate.code : undefined,
      errors: isFieldErrors(candidate.errors) ? candidate.errors : undefined,
      body: body as Record<string, unknown>,
    };
  }
  return { status: response.status, title: response.statusText || undefined };
}

function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return !!value && typeof value === 'object' && Object.values(value).every((v) => Array.isArray(v));
}

interface FetchOutcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or an {@link ApiError} carrying the problem the API answered. */
export async function unwrap<T>(call: Promise<FetchOutcome<T>>): Promise<T> {
  let outcome: FetchOutcome<T>;
  try {
    outcome = await call;
  } catch {
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }
  if (!outcome.response.ok) throw new ApiError(toProblem(outcome.error, outcome.response));
  return outcome.data as T;
}

export interface SplitProblem {
  /** First message per form field, keyed by the form's own field name. */
  fields: Record<string, string>;
  /** Messages that belong to no field of the form. */
  general: string[];
}

/**
 * Places a problem's field errors next to the form's fields. The API names fields in camelCase and sometimes with a
 * path (`emails[0].address`, `Email`); a message whose field the form does not show stays general, so nothing is hidden.
 * A business rule's code names its field by convention (`contact.email_invalid`, `team.owner_unknown` for `ownerId`):
 * its detail then goes next to that field too.
 */
export function splitProblem(problem: Problem, formFields: readonly string[]): SplitProblem {
  const byLowerName = new Map(formFields.map((f) => [f.toLowerCase(), f]));
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const root = key.split(/[.[]/)[0]?.toLowerCase() ?? '';
    const field = byLowerName.get(key.toLowerCase()) ?? byLowerName.get(root);
    if (field && !fields[field] && messages[0]) fields[field] = messages[0];
    else general.push(...messages);
  }
  const coded = fieldOfCode(problem.code, formFields);
  if (coded && problem.detail && !fields[coded]) fields[coded] = problem.detail;
  return { fields, general };
}

/** The form field a code like `contact.email_invalid` or `contact.owner_unknown` (field `ownerId`) is about, if any. */
export function fieldOfCode(code: string | undefined, formFields: readonly string[]): string | undefined {
  const subject = code?.split('.')[1];
  if (!subject) return undefined;
  return formFields.find((field) => {
    const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return [snake, snake.replace(/_id$/, '')].some((name) => subject.startsWith(`${name}_`));
  });
}
