namespace Crm.Modules.Contacts.Contracts;

/// <summary>
/// A lead turned into an opportunity, with the company it buys for, if any (<see cref="CompanyName"/> is null for a
/// primary company the caller cannot see); <see cref="CompanyCreated"/> tells whether the conversion created that company.
/// </summary>
public sealed record LeadConversion(Guid ContactId, string ContactName, Guid? CompanyId, string? CompanyName, bool CompanyCreated);
