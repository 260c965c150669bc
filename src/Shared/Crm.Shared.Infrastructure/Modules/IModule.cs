using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Modules;

/// <summary>A bounded context hosted by the monolith. The host walks the module catalogue and calls each step.</summary>
public interface IModule
{
    /// <summary>Short name, also the database schema (and SQLite file) the module owns.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Registers the module's consumers explicitly: scanning skips internal types.</summary>
    void AddConsumers(IBusRegistrationConfigurator bus);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
