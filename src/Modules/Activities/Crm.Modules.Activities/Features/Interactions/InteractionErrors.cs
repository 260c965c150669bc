using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Features.Interactions;

internal static class InteractionErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("interaction.not_found", $"No interaction you can see has the id {id}.");
}
