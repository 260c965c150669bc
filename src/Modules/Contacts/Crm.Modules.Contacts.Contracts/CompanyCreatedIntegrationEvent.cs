using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company was created.</summary>
public sealed record CompanyCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid CompanyId,
    Guid OwnerId) : IIntegrationEvent;
