using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

internal sealed record CompanyUpdated(CompanyId CompanyId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAtUtc) : IDomainEvent;
