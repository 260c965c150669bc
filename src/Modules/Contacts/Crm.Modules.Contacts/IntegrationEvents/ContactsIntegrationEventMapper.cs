using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Exports;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.IntegrationEvents;

internal sealed class ContactsIntegrationEventMapper : IIntegrationEventMapper<ContactsDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        if (domainEvent is ImportedCompaniesDeleted deleted)
        {
            foreach (var companyId in deleted.CompanyIds)
            {
                yield return new CompanyDeletedIntegrationEvent(TypedId.NewValue(), deleted.OccurredAtUtc, companyId);
            }

            yield break;
        }

        IIntegrationEvent? mapped = domainEvent switch
        {
            ContactCreated e => new ContactCreatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ContactId.Value) { OwnerId = e.OwnerId },
            ContactUpdated e => new ContactUpdatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ContactId.Value, e.ChangedFields),
            ContactOwnerChanged e => new ContactOwnerChangedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ContactId.Value, e.PreviousOwnerId, e.OwnerId),
            ContactDeleted e => new ContactDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ContactId.Value),
            CompanyCreated e => new CompanyCreatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.CompanyId.Value, e.OwnerId),
            CompanyUpdated e => new CompanyUpdatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.CompanyId.Value, e.ChangedFields),
            CompanyOwnerChanged e => new CompanyOwnerChangedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.CompanyId.Value, e.PreviousOwnerId, e.OwnerId),
            ContactsImported e => new ContactsImportedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ImportId.Value, e.OwnerId, e.ContactIds),
            ImportedContactsDeleted e => new ContactsDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ContactIds),
            ContactsMerged e => new ContactsMergedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.MergeId.Value, e.TargetId, e.SourceIds),
            ContactsMergeUndone e => new ContactsMergeUndoneIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.MergeId.Value, e.TargetId, e.SourceIds),
            CompaniesMerged e => new CompaniesMergedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.MergeId.Value, e.TargetId, e.SourceIds),
            CompaniesMergeUndone e => new CompaniesMergeUndoneIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.MergeId.Value, e.TargetId, e.SourceIds),
            ContactsExported e => new ContactsExportedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ExportId.Value, e.UserId, e.Format, e.Query, e.ContactCount),
            CompaniesExported e => new CompaniesExportedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.ExportId.Value, e.UserId, e.Format, e.Query, e.CompanyCount),
            CompanyDeleted e => new CompanyDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.CompanyId.Value),
            _ => null,
        };
        if (mapped is not null)
        {
            yield return mapped;
        }
    }
}
