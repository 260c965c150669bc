using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Views;

/// <summary>A saved view's request checked: filters and sort as the list takes them, and the team to share with.</summary>
internal sealed class SavedViewSettingsReader(StoredFilters storedFilters, ContactSelection selection, ICurrentUser currentUser, IUserDirectory directory)
{
    public async Task<Result<SavedViewSettings>> ReadAsync(SavedViewRequest request, CancellationToken cancellationToken)
    {
        var filters = await storedFilters.ReadAsync(request.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        if (!string.IsNullOrWhiteSpace(request.Sort) && (await selection.FieldsAsync(cancellationToken)).Sort(request.Sort) is { IsSuccess: false } sort)
        {
            return sort.Error;
        }

        Guid? team = null;
        if (request.Shared)
        {
            team = await directory.TeamOfAsync(currentUser.Id, cancellationToken);
            if (team is null)
            {
                return Error.RuleBroken("view.no_team", "You belong to no team, so there is no one to share this view with.");
            }
        }

        return new SavedViewSettings(request.Name, request.Q, filters.Value, request.Sort, request.Columns ?? [], team);
    }
}
