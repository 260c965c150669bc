using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Features;

internal static class TeamErrors
{
    public static Error ChangedMeanwhile { get; } = Error.PreconditionFailed("team.changed", "The team was changed by someone else meanwhile: read it again.");

    public static Error NotFound(Guid id) => Error.NotFound("team.not_found", $"No team has the id {id}.");
}
