using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company's details changed; <see cref="ChangedFields"/> names them as the API does (<c>domains</c>, <c>siret</c>…).</summary>
public sealed record CompanyUpdatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid CompanyId,
    IReadOnlyList<string> ChangedFields) : IIntegrationEvent;
