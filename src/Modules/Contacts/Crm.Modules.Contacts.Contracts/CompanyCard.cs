namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company as another module shows it; <see cref="AddressLines"/> is its postal address as printed on a letter.</summary>
public sealed record CompanyCard(Guid Id, string Name)
{
    public IReadOnlyList<string> AddressLines { get; init; } = [];
}
