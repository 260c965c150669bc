using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Contacts.Features.AddNote;

/// <summary>Writes a note on a contact or company the caller can see; the caller is its author.</summary>
internal sealed record AddNote(RecordKind Subject, Guid SubjectId, string? Body) : ICommand<Result<NoteResponse>>;

internal sealed class AddNoteValidator : AbstractValidator<AddNote>
{
    public AddNoteValidator() => RuleFor(n => n.Body).NotEmpty().WithMessage("Write something in the note.").MaximumLength(Note.BodyMaxLength);
}

internal sealed class AddNoteHandler(ContactsDbContext db, VisibleSubjects subjects, NoteHtml html, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AddNote, Result<NoteResponse>>
{
    public async ValueTask<Result<NoteResponse>> Handle(AddNote command, CancellationToken cancellationToken)
    {
        var visible = await subjects.CheckVisibleAsync(command.Subject, command.SubjectId, cancellationToken);
        if (!visible.IsSuccess)
        {
            return visible.Error;
        }

        var note = Note.Create(command.Subject, command.SubjectId, command.Body, currentUser.Id, time.GetUtcNow());
        if (!note.IsSuccess)
        {
            return note.Error;
        }

        db.Notes.Add(note.Value);
        await db.SaveChangesAsync(cancellationToken);
        return NoteResponse.From(note.Value, html, currentUser.Id);
    }
}
