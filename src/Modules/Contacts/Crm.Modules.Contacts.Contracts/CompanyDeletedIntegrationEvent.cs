using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company was deleted: other modules drop or detach what they hold about it.</summary>
public sealed record CompanyDeletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid CompanyId) : IIntegrationEvent;
