using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.DeleteNote;

/// <summary>Deletes a note the caller wrote, only if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record DeleteNote(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteNoteHandler(ContactsDbContext db, VisibleSubjects subjects, ICurrentUser currentUser) : ICommandHandler<DeleteNote, Result>
{
    public async ValueTask<Result> Handle(DeleteNote command, CancellationToken cancellationToken)
    {
        var note = await VisibleNote.FindAsync(db, subjects, new NoteId(command.Id), cancellationToken);
        if (!note.IsSuccess)
        {
            return note.Error;
        }

        var current = command.Precondition.Check(note.Value.Version);
        var allowed = current.IsSuccess ? note.Value.CheckMayDelete(currentUser.Id) : current;
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        db.Notes.Remove(note.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
