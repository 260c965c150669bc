using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Contacts.Features.EditNote;

/// <summary>Replaces the text of a note the caller wrote, only if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record EditNote(Guid Id, VersionPrecondition Precondition, string? Body) : ICommand<Result<NoteResponse>>;

internal sealed class EditNoteValidator : AbstractValidator<EditNote>
{
    public EditNoteValidator() => RuleFor(n => n.Body).NotEmpty().WithMessage("Write something in the note.").MaximumLength(Note.BodyMaxLength);
}

internal sealed class EditNoteHandler(ContactsDbContext db, VisibleSubjects subjects, NoteHtml html, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<EditNote, Result<NoteResponse>>
{
    public async ValueTask<Result<NoteResponse>> Handle(EditNote command, CancellationToken cancellationToken)
    {
        var note = await VisibleNote.FindAsync(db, subjects, new NoteId(command.Id), cancellationToken);
        if (!note.IsSuccess)
        {
            return note.Error;
        }

        var current = command.Precondition.Check(note.Value.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var edited = note.Value.Edit(command.Body, currentUser.Id, time.GetUtcNow());
        if (!edited.IsSuccess)
        {
            return edited.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return NoteResponse.From(note.Value, html, currentUser.Id);
    }
}
