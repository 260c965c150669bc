using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Notes;

/// <summary>A note to change, found only when the caller sees what it is about.</summary>
internal static class VisibleNote
{
    public static async Task<Result<Note>> FindAsync(ContactsDbContext db, VisibleSubjects subjects, NoteId id, CancellationToken cancellationToken)
    {
        var note = await db.Notes.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null || !(await subjects.CheckVisibleAsync(note.Subject, note.SubjectId, cancellationToken)).IsSuccess)
        {
            return Error.NotFound("note.not_found", $"No note has the id {id.Value}.");
        }

        return note;
    }
}
