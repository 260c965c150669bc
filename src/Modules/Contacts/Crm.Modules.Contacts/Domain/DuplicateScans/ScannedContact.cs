namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>
/// What a scan compares of a contact: its names as <see cref="NameKey"/>s, the companies it is linked to, and its
/// primary email and phone number as their match keys (lower case, E.164), which tell two namesakes apart.
/// </summary>
internal sealed record ScannedContact(Guid Id, string First, string Last, IReadOnlyList<Guid> CompanyIds, string? Email = null, string? Phone = null)
{
    public static ScannedContact Of(Guid id, string firstName, string lastName, IReadOnlyList<Guid> companyIds, string? email = null, string? phone = null) =>
        new(id, NameKey.Of(firstName), NameKey.Of(lastName), companyIds, email, phone);

    public bool SharesCompanyWith(ScannedContact other) => CompanyIds.Any(other.CompanyIds.Contains);

    /// <summary>How many of email and phone both contacts have and differ: evidence of two people.</summary>
    public int ConflictsWith(ScannedContact other) => (Differ(Email, other.Email) ? 1 : 0) + (Differ(Phone, other.Phone) ? 1 : 0);

    private static bool Differ(string? mine, string? theirs) => mine is not null && theirs is not null && mine != theirs;
}
