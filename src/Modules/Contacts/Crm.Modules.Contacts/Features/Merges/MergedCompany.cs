using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>The kept company after a merge: the chosen value of each field, every tag of all, and a parent outside the merge.</summary>
internal sealed record MergedCompany(CompanyDetails Details, CompanyId? ParentCompanyId, Guid OwnerId)
{
    public static Result<MergedCompany> Of(Company target, IReadOnlyList<Company> sources, CompanyMergeChoices choices)
    {
        IReadOnlyList<Company> all = [target, .. sources];
        var merged = all.Select(c => c.Id).ToHashSet();
        Company Pick(Guid? chosen, Func<Company, bool> hasValue) =>
            all.FirstOrDefault(c => c.Id.Value == chosen) ?? (hasValue(target) ? target : all.FirstOrDefault(hasValue) ?? target);

        var identifiers = Pick(choices.Siren, c => c.Siren is not null);
        var domains = choices.Domains is null
            ? [.. all.SelectMany(c => c.Domains).Distinct(StringComparer.Ordinal).Take(CompanyDetails.MaxDomains)]
            : Pick(choices.Domains, _ => true).Domains;
        // Unlike the other fields, no company holding a parent outside the merge gives no parent, never the kept one's.
        var parent = (all.FirstOrDefault(c => c.Id.Value == choices.ParentCompany)
            ?? all.FirstOrDefault(c => c.ParentCompanyId is { } p && !merged.Contains(p)))?.ParentCompanyId;
        if (parent is { } p && merged.Contains(p))
        {
            return Error.Validation("company.parent_company_loop", "The parent chosen is one of the companies merged: a company cannot belong to itself.");
        }

        var details = CompanyDetails.Create(
            Pick(choices.Name, _ => true).Name,
            domains,
            Pick(choices.Industry, c => c.Industry is not null).Industry,
            Pick(choices.Size, c => c.Size is not null).Size,
            identifiers.Siren,
            identifiers.Siret,
            Pick(choices.VatNumber, c => c.VatNumber is not null).VatNumber,
            Pick(choices.Address, c => c.Address != PostalAddress.None).Address,
            Pick(choices.Phone, c => c.Phone is not null).Phone,
            Pick(choices.Website, c => c.Website is not null).Website,
            [.. all.SelectMany(c => c.Tags)]);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        var customFields = CustomFieldValues.Empty;
        foreach (var key in all.SelectMany(c => c.CustomFields.Keys).Distinct(StringComparer.Ordinal))
        {
            var chosen = choices.CustomFields?.TryGetValue(key, out var id) == true ? id : (Guid?)null;
            // One company's value per field, so a unique field keeps a single value.
            customFields = customFields.With(key, Pick(chosen, c => c.CustomFields.Has(key)).CustomFields.Get(key));
        }

        return new MergedCompany(details.Value.WithCustomFields(customFields), parent, Pick(choices.Owner, _ => true).OwnerId);
    }
}
