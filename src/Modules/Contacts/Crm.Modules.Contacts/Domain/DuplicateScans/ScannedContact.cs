namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>What a scan compares of a contact: its names as <see cref="NameKey"/>s and the companies it is linked to.</summary>
internal sealed record ScannedContact(Guid Id, string First, string Last, IReadOnlyList<Guid> CompanyIds)
{
    public static ScannedContact Of(Guid id, string firstName, string lastName, IReadOnlyList<Guid> companyIds) =>
        new(id, NameKey.Of(firstName), NameKey.Of(lastName), companyIds);

    public bool SharesCompanyWith(ScannedContact other) => CompanyIds.Any(other.CompanyIds.Contains);
}
