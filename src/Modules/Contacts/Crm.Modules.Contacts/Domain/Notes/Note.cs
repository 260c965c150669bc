using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Notes;

/// <summary>A note in Markdown on a contact or a company, which only its author changes or deletes.</summary>
internal sealed class Note : AggregateRoot<NoteId>
{
    public const int BodyMaxLength = 20_000;

    private Note(NoteId id, RecordKind subject, Guid subjectId, string body, Guid authorId, DateTimeOffset createdAtUtc)
        : base(id)
    {
        Subject = subject;
        SubjectId = subjectId;
        Body = body;
        AuthorId = authorId;
        CreatedAtUtc = createdAtUtc;
    }

    public RecordKind Subject { get; private init; }

    public Guid SubjectId { get; private init; }

    /// <summary>Markdown as written; rendered and sanitised when shown.</summary>
    [PersonalData]
    public string Body { get; private set; }

    public Guid AuthorId { get; private init; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public static Result<Note> Create(RecordKind subject, Guid subjectId, string? body, Guid authorId, DateTimeOffset now)
    {
        var checkedBody = CheckBody(body);
        return checkedBody.IsSuccess
            ? new Note(NoteId.New(), subject, subjectId, checkedBody.Value, authorId, now.ToStoredPrecision())
            : checkedBody.Error;
    }

    public Result Edit(string? body, Guid editorId, DateTimeOffset now)
    {
        if (editorId != AuthorId)
        {
            return NotAuthor();
        }

        var checkedBody = CheckBody(body);
        if (!checkedBody.IsSuccess)
        {
            return checkedBody.Error;
        }

        if (checkedBody.Value != Body)
        {
            Body = checkedBody.Value;
            UpdatedAtUtc = now.ToStoredPrecision();
        }

        return Result.Success();
    }

    public Result CheckMayDelete(Guid userId) => userId == AuthorId ? Result.Success() : NotAuthor();

    private static Error NotAuthor() => Error.Forbidden("note.not_author", "Only the author of a note changes or deletes it.");

    private static Result<string> CheckBody(string? body)
    {
        var trimmed = body?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= BodyMaxLength
            ? trimmed
            : Error.Validation("note.body_invalid", $"A note holds 1 to {BodyMaxLength} characters.");
    }
}
