using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features;
using Crm.Modules.Contacts.Features.AddNote;
using Crm.Modules.Contacts.Features.AskBulkAction;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Contacts.Features.ChangeCustomField;
using Crm.Modules.Contacts.Features.ChangeSegmentMembers;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.ContactsDirectory;
using Crm.Modules.Contacts.Features.ConvertLead;
using Crm.Modules.Contacts.Features.CountContacts;
using Crm.Modules.Contacts.Features.CreateCompany;
using Crm.Modules.Contacts.Features.CreateContact;
using Crm.Modules.Contacts.Features.CreateSegment;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.DefineCustomField;
using Crm.Modules.Contacts.Features.DeleteCompany;
using Crm.Modules.Contacts.Features.DeleteContact;
using Crm.Modules.Contacts.Features.DeleteNote;
using Crm.Modules.Contacts.Features.DeleteSavedView;
using Crm.Modules.Contacts.Features.DeleteSegment;
using Crm.Modules.Contacts.Features.DownloadImportErrors;
using Crm.Modules.Contacts.Features.DuplicateScans;
using Crm.Modules.Contacts.Features.Duplicates;
using Crm.Modules.Contacts.Features.EditNote;
using Crm.Modules.Contacts.Features.ExportCompanies;
using Crm.Modules.Contacts.Features.ExportContacts;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.GetBulkAction;
using Crm.Modules.Contacts.Features.GetCompany;
using Crm.Modules.Contacts.Features.GetContact;
using Crm.Modules.Contacts.Features.GetDuplicateScan;
using Crm.Modules.Contacts.Features.GetImport;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Imports.Running;
using Crm.Modules.Contacts.Features.ListCandidateGroups;
using Crm.Modules.Contacts.Features.ListCompanies;
using Crm.Modules.Contacts.Features.ListCompanyContacts;
using Crm.Modules.Contacts.Features.ListCompanyMerges;
using Crm.Modules.Contacts.Features.ListContacts;
using Crm.Modules.Contacts.Features.ListCustomFields;
using Crm.Modules.Contacts.Features.ListDuplicates;
using Crm.Modules.Contacts.Features.ListImports;
using Crm.Modules.Contacts.Features.ListMerges;
using Crm.Modules.Contacts.Features.ListNotes;
using Crm.Modules.Contacts.Features.ListSavedViews;
using Crm.Modules.Contacts.Features.ListSegments;
using Crm.Modules.Contacts.Features.ListTimeline;
using Crm.Modules.Contacts.Features.MergeCompanies;
using Crm.Modules.Contacts.Features.MergeContacts;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Features.Notes;
using Crm.Modules.Contacts.Features.PreviewImport;
using Crm.Modules.Contacts.Features.RevertImport;
using Crm.Modules.Contacts.Features.SaveView;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Features.StartDuplicateScan;
using Crm.Modules.Contacts.Features.StartImport;
using Crm.Modules.Contacts.Features.UndoCompanyMerge;
using Crm.Modules.Contacts.Features.UndoMerge;
using Crm.Modules.Contacts.Features.UpdateCompany;
using Crm.Modules.Contacts.Features.UpdateContact;
using Crm.Modules.Contacts.Features.UpdateSavedView;
using Crm.Modules.Contacts.Features.UpdateSegment;
using Crm.Modules.Contacts.Features.UploadImport;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.IntegrationEventHandlers;
using Crm.Modules.Contacts.IntegrationEvents;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Infrastructure.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Contacts;

/// <summary>Companies, contacts and everything about them. The module's only public type.</summary>
public sealed class ContactsModule : IModule
{
    internal const string Schema = "contacts";

    public string Name => Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ContactsDbContext>(Schema);
        services.AddSingleton<IIntegrationEventMapper<ContactsDbContext>, ContactsIntegrationEventMapper>();
        services.AddOptions<ContactsOptions>().Bind(configuration.GetSection(ContactsOptions.Section))
            .Validate(o => PhoneNumberReader.IsKnownRegion(o.DefaultPhoneRegion), "Contacts:DefaultPhoneRegion must be a two-letter country code (FR, BE…).")
            .ValidateOnStart();
        services.AddSingleton<PhoneNumberReader>();
        services.AddSingleton<ContactDetailsReader>();
        services.AddSingleton<CompanyDetailsReader>();
        services.AddScoped<CompanyParent>();
        services.AddScoped<LinkedCompanies>();
        services.AddScoped<CompanyCreation>();
        services.AddScoped<LeadConverter>();
        services.AddScoped<IContactsDirectory, ContactsDirectory>();
        services.AddSingleton<ContactRead>();
        services.AddScoped<SearchCandidates>();
        services.AddScoped<ContactDuplicates>();
        services.AddScoped<VisibleSubjects>();
        services.AddSingleton<NoteHtml>();
        services.AddScoped<ExportRows>();
        services.AddScoped<CompanyExportRows>();
        services.AddScoped<ExportAudit>();
        services.AddScoped<CustomFieldCatalog>();
        services.AddScoped<CustomFieldUniqueness>();
        services.AddScoped<UniqueValuesLock>();
        services.AddScoped<RecordCustomFields>();
        services.AddScoped<RowEstimates>();
        services.AddScoped<ContactSelection>();
        services.AddScoped<CompanySelection>();
        services.AddScoped<StoredFilters>();
        services.AddScoped<SavedViewSettingsReader>();
        services.AddScoped<SavedViewAccess>();
        services.AddScoped<BulkChange>();
        services.AddScoped<BulkActionJob>();
        services.AddSingleton<WorkSignal<BulkActionWorker>>();
        services.AddHostedService<BulkActionWorker>();
        services.AddScoped<DuplicateScanPasses>();
        services.AddScoped<DuplicateScanJob>();
        services.AddSingleton<WorkSignal<DuplicateScanWorker>>();
        services.AddHostedService<DuplicateScanWorker>();
        services.AddSingleton(sp => new CustomFieldValueReader(sp.GetRequiredService<PhoneNumberReader>().ToE164));
        AddImports(services, configuration);
        services.AddValidatorsFromAssemblyContaining<ContactsModule>(ServiceLifetime.Scoped, includeInternalTypes: true);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ContactCreatedTimelineConsumer>();
        bus.AddConsumer<ContactUpdatedTimelineConsumer>();
        bus.AddConsumer<ContactOwnerChangedTimelineConsumer>();
        bus.AddConsumer<ContactDeletedTimelineConsumer>();
        bus.AddConsumer<CompanyCreatedTimelineConsumer>();
        bus.AddConsumer<CompanyUpdatedTimelineConsumer>();
        bus.AddConsumer<CompanyOwnerChangedTimelineConsumer>();
        bus.AddConsumer<CompanyDeletedTimelineConsumer>();
        bus.AddConsumer<ContactsImportedTimelineConsumer>();
        bus.AddConsumer<ContactsDeletedTimelineConsumer>();
        bus.AddConsumer<ContactsMergedTimelineConsumer>();
        bus.AddConsumer<ContactsMergeUndoneTimelineConsumer>();
        bus.AddConsumer<CompaniesMergedTimelineConsumer>();
        bus.AddConsumer<CompaniesMergeUndoneTimelineConsumer>();
        bus.AddConsumer<DealCreatedTimelineConsumer>();
        bus.AddConsumer<DealWonTimelineConsumer>();
        bus.AddConsumer<DealLostTimelineConsumer>();
        bus.AddConsumer<InteractionLoggedTimelineConsumer>();
        bus.AddConsumer<InteractionDeletedTimelineConsumer>();
        bus.AddConsumer<TaskCompletedTimelineConsumer>();
        bus.AddConsumer<MeetingHeldTimelineConsumer>();
        bus.AddConsumer<InteractionUpdatedTimelineConsumer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Mapped before the contacts' routes so that "imports" is never read as a contact id.
        var imports = endpoints.MapModuleGroup<ContactsDbContext>("contacts/imports", "Imports");
        UploadImportEndpoint.Map(imports);
        ListImportsEndpoint.Map(imports);
        GetImportEndpoint.Map(imports);
        PreviewImportEndpoint.Map(imports);
        StartImportEndpoint.Map(imports);
        RevertImportEndpoint.Map(imports);
        DownloadImportErrorsEndpoint.Map(imports);

        var segments = endpoints.MapModuleGroup<ContactsDbContext>("contacts/segments", "Segments");
        ListSegmentsEndpoint.Map(segments);
        CreateSegmentEndpoint.Map(segments);
        UpdateSegmentEndpoint.Map(segments);
        DeleteSegmentEndpoint.Map(segments);
        ChangeSegmentMembersEndpoint.Map(segments);

        var bulk = endpoints.MapModuleGroup<ContactsDbContext>("contacts/bulk-actions", "Bulk actions");
        AskBulkActionEndpoint.Map(bulk);
        GetBulkActionEndpoint.Map(bulk, RecordKind.Contact);
        var companyBulk = endpoints.MapModuleGroup<ContactsDbContext>("companies/bulk-actions", "Bulk actions");
        AskBulkActionEndpoint.MapForCompanies(companyBulk);
        GetBulkActionEndpoint.Map(companyBulk, RecordKind.Company);

        MapSavedViews(endpoints.MapModuleGroup<ContactsDbContext>("contacts/views", "Saved views"), RecordKind.Contact);
        MapSavedViews(endpoints.MapModuleGroup<ContactsDbContext>("companies/views", "Saved views"), RecordKind.Company);

        UndoMergeEndpoint.Map(endpoints.MapModuleGroup<ContactsDbContext>("contacts/merges", "Merges"));
        ListDuplicatesEndpoint.Map(endpoints.MapModuleGroup<ContactsDbContext>("contacts/duplicates", "Duplicates"));

        var scans = endpoints.MapModuleGroup<ContactsDbContext>("contacts/duplicate-scans", "Duplicates");
        StartDuplicateScanEndpoint.Map(scans);
        GetDuplicateScanEndpoint.Map(scans);
        ListCandidateGroupsEndpoint.Map(scans);

        var customFields = endpoints.MapModuleGroup<ContactsDbContext>("custom-fields", "Custom fields");
        ListCustomFieldsEndpoint.Map(customFields);
        DefineCustomFieldEndpoint.Map(customFields);
        ChangeCustomFieldEndpoint.Map(customFields);

        var contacts = endpoints.MapModuleGroup<ContactsDbContext>("contacts", "Contacts");
        CreateContactEndpoint.Map(contacts);
        GetContactEndpoint.Map(contacts);
        ListContactsEndpoint.Map(contacts);
        ExportContactsEndpoint.Map(contacts);
        CountContactsEndpoint.Map(contacts);
        UpdateContactEndpoint.Map(contacts);
        DeleteContactEndpoint.Map(contacts);
        MergeContactsEndpoint.Map(contacts);
        ListMergesEndpoint.Map(contacts);
        ListNotesEndpoint.Map(contacts, RecordKind.Contact);
        AddNoteEndpoint.Map(contacts, RecordKind.Contact);
        ListTimelineEndpoint.Map(contacts, RecordKind.Contact);

        var companyMerges = endpoints.MapModuleGroup<ContactsDbContext>("companies/merges", "Merges");
        MergeCompaniesEndpoint.Map(companyMerges);
        UndoCompanyMergeEndpoint.Map(companyMerges);

        var companies = endpoints.MapModuleGroup<ContactsDbContext>("companies", "Companies");
        CreateCompanyEndpoint.Map(companies);
        GetCompanyEndpoint.Map(companies);
        ListCompaniesEndpoint.Map(companies);
        ExportCompaniesEndpoint.Map(companies);
        UpdateCompanyEndpoint.Map(companies);
        DeleteCompanyEndpoint.Map(companies);
        ListCompanyContactsEndpoint.Map(companies);
        ListCompanyMergesEndpoint.Map(companies);
        ListNotesEndpoint.Map(companies, RecordKind.Company);
        AddNoteEndpoint.Map(companies, RecordKind.Company);
        ListTimelineEndpoint.Map(companies, RecordKind.Company);

        var notes = endpoints.MapModuleGroup<ContactsDbContext>("notes", "Notes");
        EditNoteEndpoint.Map(notes);
        DeleteNoteEndpoint.Map(notes);

        SearchRecordsEndpoint.Map(endpoints.MapModuleGroup<ContactsDbContext>("search", "Search"));
    }

    private static void MapSavedViews(RouteGroupBuilder views, RecordKind records)
    {
        ListSavedViewsEndpoint.Map(views, records);
        SaveViewEndpoint.Map(views, records);
        UpdateSavedViewEndpoint.Map(views, records);
        DeleteSavedViewEndpoint.Map(views, records);
    }

    private static void AddImports(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section))
            .Validate(o => o.BatchSize is > 0 and <= 50_000 && o.MaxFileBytes > 0, "Contacts:Imports:BatchSize must be 1 to 50000 and MaxFileBytes positive.")
            .ValidateOnStart();
        services.AddScoped<ImportFiles>();
        services.AddScoped<AbandonedUploads>();
        services.AddScoped<ExpiredMerges>();
        services.AddHostedService<ContactsHousekeeping>();
        services.AddScoped<ImportUniqueValues>();
        services.AddScoped<ImportNotes>();
        services.AddScoped<ImportSamples>();
        services.AddScoped<ImportCompanies>();
        services.AddScoped<ImportMatches>();
        services.AddScoped<ImportBatch>();
        services.AddScoped<ImportJob>();
        services.AddScoped<ImportErrorReport>();
        services.AddSingleton<WorkSignal<ImportWorker>>();
        services.AddHostedService<ImportWorker>();
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleDatabaseAsync<ContactsDbContext>(cancellationToken);
        await SearchBackfill.RunAsync(services, cancellationToken);
    }
}
