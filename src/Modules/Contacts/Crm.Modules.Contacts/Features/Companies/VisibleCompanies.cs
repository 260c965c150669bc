using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>Narrows a query to the companies the caller may see, so reads, lists and searches agree.</summary>
internal static class VisibleCompanies
{
    public static IQueryable<Company> VisibleTo(this IQueryable<Company> companies, VisibleOwners visible)
    {
        if (visible.Everyone)
        {
            return companies;
        }

        var owners = visible.OwnerIds.ToList();
        return companies.Where(c => owners.Contains(c.OwnerId));
    }
}
