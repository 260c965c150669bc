using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

internal sealed record CompanyOwnerChanged(CompanyId CompanyId, Guid PreviousOwnerId, Guid OwnerId, DateTimeOffset OccurredAtUtc) : IDomainEvent;
