using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

internal sealed record CompanyCreated(CompanyId CompanyId, Guid OwnerId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
