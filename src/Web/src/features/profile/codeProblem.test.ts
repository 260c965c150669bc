import { describe, expect, it } from 'vitest';
import { placeCodeProblem } from './codeProblem';

describe('placeCodeProblem', () => {
  it('puts a wrong code next to the field', () => {
    expect(placeCodeProblem({ status: 422, code: 'mfa.code_wrong' }, undefined, ['Wrong code.']))
      .toEqual({ codeError: 'Wrong code.', messages: [] });
  });

  it('keeps a role that requires MFA above the form', () => {
    expect(placeCodeProblem({ status: 422, code: 'mfa.required_by_role' }, undefined, ['Required.']))
      .toEqual({ codeError: undefined, messages: ['Required.'] });
  });

  it('shows a field error on the code next to it and keeps the summary', () => {
    expect(placeCodeProblem({ status: 400, errors: { code: ['Empty.'] } }, 'Empty.', ['Some fields are not valid.']))
      .toEqual({ codeError: 'Empty.', messages: ['Some fields are not valid.'] });
  });

  it('has nothing to place without a problem', () => {
    expect(placeCodeProblem(null, undefined, [])).toEqual({ codeError: undefined, messages: [] });
  });
});
