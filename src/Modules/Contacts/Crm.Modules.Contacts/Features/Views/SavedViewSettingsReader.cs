using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Views;

/// <summary>A saved view's request checked: filters and sort as the contact or company list takes them, and the team to share with.</summary>
internal sealed class SavedViewSettingsReader(StoredFilters storedFilters, ContactSelection contacts, CompanySelection companies, ICurrentUser currentUser, IUserDirectory directory)
{
    public async Task<Result<SavedViewSettings>> ReadAsync(RecordKind records, SavedViewRequest request, CancellationToken cancellationToken)
    {
        var filters = await storedFilters.ReadAsync(records, request.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        if (!string.IsNullOrWhiteSpace(request.Sort) && await SortErrorAsync(records, request.Sort, cancellationToken) is { } sortError)
        {
            return sortError;
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

    private async Task<Error?> SortErrorAsync(RecordKind records, string sort, CancellationToken cancellationToken)
    {
        if (records == RecordKind.Company)
        {
            var read = (await companies.FieldsAsync(cancellationToken)).Sort(sort);
            return read.IsSuccess ? null : read.Error;
        }

        var contactSort = (await contacts.FieldsAsync(cancellationToken)).Sort(sort);
        return contactSort.IsSuccess ? null : contactSort.Error;
    }
}
