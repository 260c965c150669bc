using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A user exported <see cref="CompanyCount"/> companies (narrowed by <see cref="Query"/> when given), for the audit trail.</summary>
public sealed record CompaniesExportedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid ExportId,
    Guid UserId,
    string Format,
    string? Query,
    int CompanyCount) : IIntegrationEvent;
