using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

internal sealed record CompanyDeleted(CompanyId CompanyId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
