using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListNotes;

/// <summary>The notes on a contact or company the caller can see, newest first, one keyset page at a time.</summary>
internal sealed record ListNotes(RecordKind Subject, Guid SubjectId, int? Limit, string? Cursor) : IQuery<Result<Page<NoteResponse>>>;

internal sealed class ListNotesHandler(ContactsDbContext db, VisibleSubjects subjects, NoteHtml html, ICurrentUser currentUser)
    : IQueryHandler<ListNotes, Result<Page<NoteResponse>>>
{
    public async ValueTask<Result<Page<NoteResponse>>> Handle(ListNotes query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var visible = await subjects.CheckVisibleAsync(query.Subject, query.SubjectId, cancellationToken);
        if (!visible.IsSuccess)
        {
            return visible.Error;
        }

        var page = paging.Value;
        var notes = db.Notes.AsNoTracking().Where(n => n.Subject == query.Subject && n.SubjectId == query.SubjectId);
        if (page.After is { } after)
        {
            var afterId = new NoteId(after);
            notes = notes.Where(n => n.Id.CompareTo(afterId) < 0);
        }

        var rows = await notes.OrderByDescending(n => n.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return page.ToPage(rows, n => n.Id.Value, n => NoteResponse.From(n, html, currentUser.Id));
    }
}
