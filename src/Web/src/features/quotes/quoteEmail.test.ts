import { describe, expect, it } from 'vitest';
import { checkEmailForm, contactRecipients, isEmailAddress, parseRecipients, quoteDay, toEmailRequest } from './quoteEmail';

describe('parseRecipients', () => {
  it('splits on semicolons, commas, spaces and new lines, keeping each address once', () => {
    expect(parseRecipients(' a@x.fr; b@y.fr,c@z.fr\nA@X.fr  ')).toEqual({ addresses: ['a@x.fr', 'b@y.fr', 'c@z.fr'], invalid: [] });
  });

  it('tells the pieces that are not addresses', () => {
    expect(parseRecipients('Anne <anne@x.fr>; bruno@; @y.fr')).toEqual({ addresses: [], invalid: ['Anne', '<anne@x.fr>', 'bruno@', '@y.fr'] });
  });

  it('reads an empty field as no recipient', () => {
    expect(parseRecipients(' ;, ')).toEqual({ addresses: [], invalid: [] });
  });
});

describe('isEmailAddress', () => {
  it.each(['anne@client.fr', 'o’brien+devis@sous.domaine.ie'])('accepts %s', (address) => expect(isEmailAddress(address)).toBe(true));
  it.each(['anne', 'anne@', 'a@b@c.fr', 'anne@client.fr.', `${'a'.repeat(250)}@x.fr`])('refuses %s', (text) => expect(isEmailAddress(text)).toBe(false));
});

describe('contactRecipients', () => {
  it('offers the decision maker first and skips contacts without an address', () => {
    expect(contactRecipients([
      { contactId: '1', name: 'Paul', email: 'paul@x.fr', role: 'Champion' },
      { contactId: '2', name: 'Zoé', email: null, role: 'Influencer' },
      { contactId: '3', name: 'Anne', email: 'anne@x.fr', role: 'DecisionMaker' },
    ])).toBe('anne@x.fr; paul@x.fr');
  });
});

describe('checkEmailForm', () => {
  const form = { to: 'anne@x.fr', cc: '', subject: 'Devis', message: 'Bonjour' };

  it('finds nothing wrong with one recipient', () => {
    expect(checkEmailForm(form)).toEqual({});
  });

  it('needs a recipient and names what is not an address', () => {
    expect(checkEmailForm({ ...form, to: ' ', cc: 'bruno@x.fr; pas-une-adresse' })).toEqual({
      to: { problem: 'toMissing' }, cc: { problem: 'invalid', invalid: 'pas-une-adresse' },
    });
  });

  it('refuses more than 20 recipients and a subject over 200 characters', () => {
    const many = Array.from({ length: 21 }, (_, i) => `p${i}@x.fr`).join(';');
    expect(checkEmailForm({ ...form, to: many, subject: 'x'.repeat(201) })).toEqual({ to: { problem: 'tooMany' }, subject: { problem: 'subjectTooLong' } });
  });
});

describe('toEmailRequest', () => {
  it('sends the addresses as lists, and a blank subject or message as null for the server’s own', () => {
    expect(toEmailRequest({ to: 'anne@x.fr; bruno@x.fr', cc: '', subject: '  ', message: '\n' })).toEqual({
      to: ['anne@x.fr', 'bruno@x.fr'], cc: [], subject: null, message: null,
    });
  });
});

describe('quoteDay', () => {
  it('writes the day as the quote’s PDF does', () => {
    expect([quoteDay('2026-03-05', 'fr'), quoteDay('2026-03-05', 'en')]).toEqual(['05/03/2026', '5 March 2026']);
  });
});
