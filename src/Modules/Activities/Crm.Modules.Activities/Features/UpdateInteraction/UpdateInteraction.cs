using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.UpdateInteraction;

/// <summary>Rewrites a logged call or visit report; <see cref="HappenedAtUtc"/> not given keeps when it happened.</summary>
internal sealed record UpdateInteraction(
    Guid Id,
    InteractionKind? Kind,
    DateTimeOffset? HappenedAtUtc,
    CallDirection? Direction,
    int? DurationSeconds,
    CallOutcome? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    IReadOnlyList<Guid>? ContactIds,
    Guid? CompanyId,
    Guid? DealId,
    VersionPrecondition Precondition) : ICommand<Result<InteractionResponse>>, IInteractionInput;

internal sealed class UpdateInteractionValidator : InteractionInputValidator<UpdateInteraction>;

internal sealed class UpdateInteractionHandler(ActivitiesDbContext db, VisibleInteractionLoader loader, TimeProvider time)
    : ICommandHandler<UpdateInteraction, Result<InteractionResponse>>
{
    public async ValueTask<Result<InteractionResponse>> Handle(UpdateInteraction command, CancellationToken cancellationToken)
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

        var details = command.ToDetails(interaction.Value.HappenedAtUtc);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        interaction.Value.Change(details.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return InteractionResponse.From(interaction.Value);
    }
}
