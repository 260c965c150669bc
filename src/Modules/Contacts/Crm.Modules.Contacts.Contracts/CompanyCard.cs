namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company as another module shows it.</summary>
public sealed record CompanyCard(Guid Id, string Name);
