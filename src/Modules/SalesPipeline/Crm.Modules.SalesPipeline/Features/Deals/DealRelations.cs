using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>Checks the people a deal names: an active owner, and a company and contacts the caller can see.</summary>
internal sealed class DealRelations(IContactsDirectory directory, IUserDirectory users)
{
    /// <summary>Checks what <paramref name="details"/> adds to <paramref name="before"/> (null for a new deal): what it already names stays.</summary>
    public async Task<Result> CheckAsync(DealDetails details, Guid ownerId, Deal? before, CancellationToken cancellationToken)
    {
        if (ownerId != before?.OwnerId && !await users.IsActiveUserAsync(ownerId, cancellationToken))
        {
            return Error.Validation("deal.owner_invalid", $"The owner {ownerId} is not an active user.");
        }

        if (details.CompanyId is { } companyId && companyId != before?.CompanyId && (await directory.FindCompaniesAsync([companyId], cancellationToken)).Count == 0)
        {
            return Error.Validation("deal.company_unknown", $"No company you can see has the id {companyId}.");
        }

        var held = before?.Contacts.Select(c => c.ContactId).ToHashSet() ?? [];
        var contactIds = details.Contacts.Select(c => c.ContactId).Where(id => !held.Contains(id)).ToList();
        if (contactIds.Count == 0)
        {
            return Result.Success();
        }

        var found = (await directory.FindContactsAsync(contactIds, cancellationToken)).Select(c => c.Id).ToHashSet();
        var unknown = contactIds.Where(id => !found.Contains(id)).ToList();
        return unknown.Count == 0
            ? Result.Success()
            : Error.Validation("deal.contact_unknown", $"No contact you can see has the id {string.Join(", ", unknown)}.");
    }
}
