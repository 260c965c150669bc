using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Exports;

internal sealed record ContactsExported(ExportId ExportId, Guid UserId, string Format, string? Query, int ContactCount, DateTimeOffset OccurredAtUtc) : IDomainEvent;
