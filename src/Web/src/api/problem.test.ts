import { describe, expect, it } from 'vitest';
import { ApiError, fieldOfCode, splitProblem, toProblem, unwrap } from './problem';

const response = (status: number) => new Response(null, { status });

describe('splitProblem', () => {
  it('places camelCase, PascalCase and path-named errors next to the form field they concern', () => {
    const split = splitProblem(
      { status: 400, errors: { email: ['Email is not valid.'], FirstName: ['Too long.'], 'lastName[0].x': ['Bad.'] } },
      ['firstName', 'lastName', 'email'],
    );
    expect(split.fields).toEqual({ email: 'Email is not valid.', firstName: 'Too long.', lastName: 'Bad.' });
    expect(split.general).toEqual([]);
  });

  it('keeps the errors of fields the form does not show as general messages, so none is hidden', () => {
    const split = splitProblem({ status: 400, errors: { ownerId: ['The owner is deactivated.'] } }, ['email']);
    expect(split.fields).toEqual({});
    expect(split.general).toEqual(['The owner is deactivated.']);
  });

  it('shows the first message of a field and keeps the others general', () => {
    const split = splitProblem({ status: 400, errors: { email: ['First.', 'Second.'] } }, ['email']);
    expect(split.fields.email).toBe('First.');
  });
});

describe('toProblem', () => {
  it('reads code, detail and field errors from a problem document', () => {
    const body = { title: 'T', detail: 'D', code: 'contact.x', errors: { email: ['E'] }, duplicates: [] };
    const problem = toProblem(body, response(422));
    expect(problem).toEqual({ status: 422, title: 'T', detail: 'D', code: 'contact.x', errors: { email: ['E'] }, body });
  });

  it('keeps the status when the body is not a problem (a proxy page, nothing at all)', () => {
    expect(toProblem(undefined, response(502))).toMatchObject({ status: 502 });
    expect(toProblem({ errors: 'not a map' }, response(400)).errors).toBeUndefined();
  });
});

describe('unwrap', () => {
  it('returns the data of a success and throws the problem of a failure', async () => {
    await expect(unwrap(Promise.resolve({ data: 42, response: response(200) }))).resolves.toBe(42);
    await expect(unwrap(Promise.resolve({ error: { code: 'x' }, response: response(409) }))).rejects.toMatchObject({
      problem: { status: 409, code: 'x' },
    });
  });

  it('turns a network failure into a problem with status 0', async () => {
    const error = await unwrap(Promise.reject(new TypeError('fetch failed'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({ status: 0, code: 'network.unreachable' });
  });
});

describe('fieldOfCode', () => {
  it('finds the field a business rule names in its code', () => {
    const fields = ['firstName', 'lastName', 'email', 'ownerId'];
    expect(fieldOfCode('contact.email_invalid', fields)).toBe('email');
    expect(fieldOfCode('contact.first_name_too_long', fields)).toBe('firstName');
    expect(fieldOfCode('contact.owner_unknown', fields)).toBe('ownerId');
    expect(fieldOfCode('contact.name_required', fields)).toBeUndefined();
    expect(fieldOfCode(undefined, fields)).toBeUndefined();
  });

  it('puts the detail of such a rule next to its field', () => {
    const split = splitProblem({ status: 400, code: 'contact.email_invalid', detail: 'Not an email.' }, ['email']);
    expect(split.fields).toEqual({ email: 'Not an email.' });
  });
});
