using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features;

/// <summary>The companies contacts are linked to: checked when linking, named when reading.</summary>
internal sealed class LinkedCompanies(ContactsDbContext db, IRecordVisibility visibility)
{
    /// <summary>Every company in <paramref name="links"/> exists and the caller sees it, except those already linked before.</summary>
    public async Task<Result> CheckAsync(IReadOnlyList<CompanyLinkInput>? links, IReadOnlyList<ContactCompany> alreadyLinked, CancellationToken cancellationToken)
    {
        var ids = (links ?? []).Select(l => new CompanyId(l.CompanyId))
            .Except(alreadyLinked.Select(l => l.CompanyId))
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return Result.Success();
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var found = await db.Companies.VisibleTo(visible).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(found).FirstOrDefault();
        return found.Count == ids.Count
            ? Result.Success()
            : Error.Validation("contact.company_unknown", $"No company you can see has the id {unknown.Value}.");
    }

    /// <summary>The names of the linked companies the caller may see; the others stay unnamed.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Contact> contacts, CancellationToken cancellationToken)
    {
        var ids = contacts.SelectMany(c => c.Companies).Select(l => l.CompanyId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        return await db.Companies.AsNoTracking().VisibleTo(visible).Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id.Value, c => c.Name, cancellationToken);
    }
}
