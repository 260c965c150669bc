using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.DeleteInteraction;

/// <summary>Deletes a logged call or visit report the caller can see, only if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record DeleteInteraction(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteInteractionHandler(ActivitiesDbContext db, VisibleInteractionLoader loader, TimeProvider time) : ICommandHandler<DeleteInteraction, Result>
{
    public async ValueTask<Result> Handle(DeleteInteraction command, CancellationToken cancellationToken)
    {
        var interaction = await loader.LoadAsync(command.Id, forChange: true, cancellationToken);
        if (!interaction.IsSuccess)
        {
            return interaction.Error!;
        }

        var current = command.Precondition.Check(interaction.Value.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        interaction.Value.MarkDeleted(time.GetUtcNow());
        db.Interactions.Remove(interaction.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
