using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features;

/// <summary>
/// The simple search of lists and counts: a part of the first or last name (any case), or an exact email address.
/// The ranked, typo-tolerant search across contacts and companies is <c>GET /api/v1/search</c>.
/// </summary>
// The lambdas become SQL (LOWER and LIKE): culture and StringComparison overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
internal static class ContactSearch
{
    public const int MaxTermLength = 100;

    public static IQueryable<Contact> Matching(this IQueryable<Contact> contacts, string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return contacts;
        }

        var lowered = term.Trim().ToLowerInvariant();
        var email = EmailAddress.Create(term);
        if (email.IsSuccess)
        {
            var address = email.Value.Value;
            return contacts.Where(c => c.FirstName.ToLower().Contains(lowered) || c.LastName.ToLower().Contains(lowered) || EF.Property<List<ContactEmail>>(c, ContactFields.Emails).Any(e => e.Address == address));
        }

        return contacts.Where(c => c.FirstName.ToLower().Contains(lowered) || c.LastName.ToLower().Contains(lowered));
    }
}
#pragma warning restore CA1304, CA1311, CA1862
