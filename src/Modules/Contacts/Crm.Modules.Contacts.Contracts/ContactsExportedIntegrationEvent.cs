using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A user exported <see cref="ContactCount"/> contacts (narrowed by <see cref="Query"/> when given), for the audit trail.</summary>
public sealed record ContactsExportedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ExportId,
    Guid UserId,
    string Format,
    string? Query,
    int ContactCount) : IIntegrationEvent;
