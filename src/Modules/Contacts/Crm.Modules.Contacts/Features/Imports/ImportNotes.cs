using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// The notes the rows of a batch add to the contacts they create or update, written by the person importing. A text a
/// contact's notes hold already is not added again, so importing a file twice gives each comment once.
/// </summary>
internal sealed class ImportNotes(ContactsDbContext db)
{
    public async Task AddAsync(
        IReadOnlyList<RowDecision> decisions, IReadOnlyDictionary<RowDecision, Contact> created, Guid author, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = new List<(Guid Contact, string Body, bool Existed)>();
        foreach (var decision in decisions)
        {
            var contact = decision.Action switch
            {
                RowAction.Create => created.GetValueOrDefault(decision),
                RowAction.Update => decision.Match ?? (decision.Earlier is { } earlier ? created.GetValueOrDefault(earlier) : null),
                _ => null,
            };
            if (decision.Row?.Note is { } body && contact is not null)
            {
                wanted.Add((contact.Id.Value, body, decision.Match is not null));
            }
        }

        var updated = wanted.Where(w => w.Existed).Select(w => w.Contact).Distinct().ToList();
        var held = updated.Count == 0
            ? []
            : (await db.Notes.Where(n => n.Subject == RecordKind.Contact && updated.Contains(n.SubjectId)).Select(n => new { n.SubjectId, n.Body }).ToListAsync(cancellationToken))
                .Select(n => (n.SubjectId, n.Body)).ToHashSet();
        foreach (var (contact, body, _) in wanted)
        {
            if (held.Add((contact, body)) && Note.Create(RecordKind.Contact, contact, body, author, now) is { IsSuccess: true } note)
            {
                db.Notes.Add(note.Value);
            }
        }
    }
}
