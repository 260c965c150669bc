import type { Problem } from '../../api/problem';

/** Answers about the code itself, shown next to the code field rather than above the form. */
const codeFieldCodes = new Set(['mfa.code_wrong', 'mfa.locked_out']);

/**
 * Where the messages of a failed code check go: a wrong code (422 `mfa.code_wrong`) or a field error on `code` next to
 * the code field, everything else (a role requiring MFA, the network…) above the form.
 */
export function placeCodeProblem(problem: Problem | null, fieldError: string | undefined, messages: readonly string[]):
  { codeError?: string; messages: string[] } {
  if (problem?.code && codeFieldCodes.has(problem.code) && messages[0]) {
    return { codeError: messages[0], messages: messages.slice(1) };
  }
  return { codeError: fieldError, messages: [...messages] };
}
