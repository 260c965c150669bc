using Crm.Shared.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Shared.Infrastructure.Persistence;

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's context on the configured provider, with its save interceptor (versions, outbox),
    /// its outbox relay, its housekeeping and its readiness check.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.TryAddSingleton(sp => DatabaseOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddScoped<AggregateSaveInterceptor<TContext>>();
        services.AddDbContext<TContext>((sp, options) =>
            ModuleDbContextOptions.Apply(options, sp.GetRequiredService<DatabaseOptions>(), schema)
                .AddInterceptors(sp.GetRequiredService<AggregateSaveInterceptor<TContext>>()));

        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OutboxPublisher<TContext>>(sp, sp.GetRequiredService<IBus>()));
        services.AddSingleton<IOutboxPublisher>(sp => sp.GetRequiredService<OutboxPublisher<TContext>>());
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddSingleton<ModuleHousekeeping<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<ModuleHousekeeping<TContext>>());
        services.AddHealthChecks().AddDbContextCheck<TContext>($"{schema}-database", tags: ["ready"]);
        return services;
    }

    /// <summary>Applies the module's pending migrations for the active provider, each in its own transaction.</summary>
    public static async Task MigrateModuleDatabaseAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : ModuleDbContext
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await context.Database.MigrateAsync(cancellationToken);
    }
}
