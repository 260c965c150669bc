using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.LogInteraction;

/// <summary>Logs a call or a visit report by the caller, who owns it.</summary>
internal sealed record LogInteraction(
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
    Guid? DealId) : ICommand<Result<InteractionResponse>>, IInteractionInput;

internal sealed class LogInteractionValidator : InteractionInputValidator<LogInteraction>;

internal sealed class LogInteractionHandler(ActivitiesDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<LogInteraction, Result<InteractionResponse>>
{
    public async ValueTask<Result<InteractionResponse>> Handle(LogInteraction command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var details = command.ToDetails(now);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var interaction = Interaction.Log(details.Value, currentUser.Id, now);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(cancellationToken);
        return InteractionResponse.From(interaction);
    }
}
