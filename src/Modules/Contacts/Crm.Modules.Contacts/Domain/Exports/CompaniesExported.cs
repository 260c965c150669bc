using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Exports;

internal sealed record CompaniesExported(ExportId ExportId, Guid UserId, string Format, string? Query, int CompanyCount, DateTimeOffset OccurredAtUtc) : IDomainEvent;
