using Crm.Modules.Reporting.ContactsCreated;
using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Reporting;

/// <summary>Read models fed by other modules' integration events, and the reports over them.</summary>
public sealed class ReportingModule : IModule
{
    internal const string Schema = "reporting";

    public string Name => Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<ReportingDbContext>(Schema);

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ContactCreatedConsumer>();
        bus.AddConsumer<ContactsImportedConsumer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapModuleGroup<ReportingDbContext>("reports", "Reports");
        GetContactsCreatedPerDayEndpoint.Map(reports);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleDatabaseAsync<ReportingDbContext>(cancellationToken);
}
