using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Interactions;

/// <summary>Narrows a query to the interactions the caller may see: an interaction's owner, for the visibility rules, is who logged it.</summary>
internal static class VisibleInteractions
{
    public static IQueryable<Interaction> VisibleTo(this IQueryable<Interaction> interactions, VisibleOwners visible)
    {
        if (visible.Everyone)
        {
            return interactions;
        }

        var owners = visible.OwnerIds.ToList();
        return interactions.Where(i => owners.Contains(i.LoggedBy));
    }
}

/// <summary>Loads an interaction the caller may see, for reading or changing; one out of sight is not found.</summary>
internal sealed class VisibleInteractionLoader(ActivitiesDbContext db, IRecordVisibility visibility)
{
    public async Task<Result<Interaction>> LoadAsync(Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var interactions = forChange ? db.Interactions : db.Interactions.AsNoTracking();
        var interaction = await interactions.VisibleTo(visible).FirstOrDefaultAsync(i => i.Id == new InteractionId(id), cancellationToken);
        return interaction is null ? InteractionErrors.NotFound(id) : interaction;
    }
}
