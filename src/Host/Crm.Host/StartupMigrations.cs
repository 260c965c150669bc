using Crm.Shared.Infrastructure.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host;

/// <summary>
/// Migrates every module before the process serves anything. A failure stops the process with a non-zero exit:
/// each migration runs in a transaction, so the failed one leaves its module at the previous migration.
/// </summary>
internal sealed class StartupMigrations : IHealthCheck
{
    private volatile bool _completed;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_completed ? HealthCheckResult.Healthy("Every module's database is migrated.") : HealthCheckResult.Unhealthy("Migrations have not completed."));

    public async Task<bool> RunAsync(IEnumerable<IModule> modules, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            try
            {
                await module.MigrateAsync(services, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogCritical(
                    ex,
                    "Migrating the database of module {Module} failed: {Reason}. The process stops; the module's database stays at its last complete migration. Fix the cause and start again.",
                    module.Name,
                    ex.Message);
                return false;
            }
        }

        _completed = true;
        return true;
    }
}
