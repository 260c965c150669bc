using Crm.Modules.Activities.Features.Interactions;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.GetInteraction;

internal sealed record GetInteraction(Guid Id) : IQuery<Result<InteractionResponse>>;

internal sealed class GetInteractionHandler(VisibleInteractionLoader loader) : IQueryHandler<GetInteraction, Result<InteractionResponse>>
{
    public async ValueTask<Result<InteractionResponse>> Handle(GetInteraction query, CancellationToken cancellationToken)
    {
        var interaction = await loader.LoadAsync(query.Id, forChange: false, cancellationToken);
        return interaction.IsSuccess ? InteractionResponse.From(interaction.Value) : interaction.Error!;
    }
}
