namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>
/// For each field of a company merge, the company (among those merged) whose value wins; a field left out keeps the
/// kept company's value, or the first other company's when it has none. <see cref="Siren"/> chooses the SIREN and SIRET
/// together (a SIRET belongs to its SIREN); domains left out are all kept; tags are always all kept.
/// <see cref="CustomFields"/> chooses by field key.
/// </summary>
internal sealed record CompanyMergeChoices(
    Guid? Name,
    Guid? Domains,
    Guid? Industry,
    Guid? Size,
    Guid? Siren,
    Guid? VatNumber,
    Guid? Address,
    Guid? Phone,
    Guid? Website,
    Guid? Owner,
    Guid? ParentCompany,
    IReadOnlyDictionary<string, Guid>? CustomFields = null)
{
    public static CompanyMergeChoices None { get; } = new(null, null, null, null, null, null, null, null, null, null, null);

    public IEnumerable<Guid> ChosenIds() =>
        new[] { Name, Domains, Industry, Size, Siren, VatNumber, Address, Phone, Website, Owner, ParentCompany }.OfType<Guid>()
            .Concat(CustomFields?.Values ?? []);
}
