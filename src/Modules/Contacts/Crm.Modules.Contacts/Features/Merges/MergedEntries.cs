using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>Moves the notes and timeline entries of merged records to the kept one, and back on undo.</summary>
internal static class MergedEntries
{
    public static async Task<List<MovedEntry>> MoveAsync(ContactsDbContext db, RecordKind kind, IReadOnlyList<Guid> from, Guid to, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.Where(n => n.Subject == kind && from.Contains(n.SubjectId))
            .Select(n => new MovedEntry(n.Id.Value, true, n.SubjectId)).ToListAsync(cancellationToken);
        var entries = await db.TimelineEntries.Where(t => t.Subject == kind && from.Contains(t.SubjectId))
            .Select(t => new MovedEntry(t.Id, false, t.SubjectId)).ToListAsync(cancellationToken);
        await db.Notes.Where(n => n.Subject == kind && from.Contains(n.SubjectId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.SubjectId, to), cancellationToken);
        await db.TimelineEntries.Where(t => t.Subject == kind && from.Contains(t.SubjectId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.SubjectId, to), cancellationToken);
        return [.. notes, .. entries];
    }

    /// <summary>Moves back what is still on <paramref name="target"/>; what was deleted since stays deleted.</summary>
    public static async Task MoveBackAsync(ContactsDbContext db, RecordKind kind, Guid target, IReadOnlyList<MovedEntry> moved, CancellationToken cancellationToken)
    {
        foreach (var group in moved.GroupBy(m => (m.IsNote, m.FromId)))
        {
            var ids = group.Select(m => m.Id).ToList();
            if (group.Key.IsNote)
            {
                var notes = ids.Select(id => new NoteId(id)).ToList();
                await db.Notes.Where(n => n.Subject == kind && notes.Contains(n.Id) && n.SubjectId == target)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.SubjectId, group.Key.FromId), cancellationToken);
            }
            else
            {
                await db.TimelineEntries.Where(t => t.Subject == kind && ids.Contains(t.Id) && t.SubjectId == target)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.SubjectId, group.Key.FromId), cancellationToken);
            }
        }
    }
}
