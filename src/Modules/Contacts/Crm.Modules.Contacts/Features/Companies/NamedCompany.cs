using Crm.Modules.Contacts.Domain.Companies;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>A company known only by its name, as a lead's conversion creates it.</summary>
internal sealed record NamedCompany(string? Name) : ICompanyDetails
{
    public IReadOnlyList<string>? Domains => null;

    public string? Industry => null;

    public CompanySize? Size => null;

    public string? Siren => null;

    public string? Siret => null;

    public string? VatNumber => null;

    public AddressInput? Address => null;

    public string? Phone => null;

    public string? Website => null;

    public IReadOnlyList<string>? Tags => null;
}
