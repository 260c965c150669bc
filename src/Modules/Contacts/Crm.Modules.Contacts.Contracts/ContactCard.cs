namespace Crm.Modules.Contacts.Contracts;

/// <summary>
/// A contact as another module shows it: <see cref="CompanyId"/> is its primary company, named only when the reader sees
/// that company; <see cref="LifecycleStage"/> is spelt as the contacts API writes it (<c>Lead</c>, <c>Opportunity</c>…).
/// </summary>
public sealed record ContactCard(Guid Id, string DisplayName, string? Email, Guid? CompanyId, string? CompanyName, string LifecycleStage);
