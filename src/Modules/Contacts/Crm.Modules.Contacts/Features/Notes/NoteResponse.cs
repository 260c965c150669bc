using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Notes;

namespace Crm.Modules.Contacts.Features.Notes;

/// <summary>A note: its Markdown to edit, its sanitised HTML to show, and whether the reader wrote it (and may change it).</summary>
internal sealed record NoteResponse(
    Guid Id,
    RecordKind Subject,
    Guid SubjectId,
    string Body,
    string Html,
    Guid AuthorId,
    bool IsMine,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    public static NoteResponse From(Note note, NoteHtml html, Guid readerId) => new(
        note.Id.Value, note.Subject, note.SubjectId, note.Body, html.Render(note.Body), note.AuthorId, note.AuthorId == readerId,
        note.CreatedAtUtc, note.UpdatedAtUtc, note.Version);
}
