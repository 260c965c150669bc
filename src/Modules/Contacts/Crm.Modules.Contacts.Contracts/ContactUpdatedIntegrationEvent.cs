using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A contact's details changed; <see cref="ChangedFields"/> names them as the API does (<c>emails</c>, <c>lifecycleStage</c>…).</summary>
public sealed record ContactUpdatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ContactId,
    IReadOnlyList<string> ChangedFields) : IIntegrationEvent;
