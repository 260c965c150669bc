using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>
/// The sales module's timed work, hourly: quotes expire, idle deals ask for a follow-up, renewals open before their
/// subscriptions end, and ended terms are renewed or churned. Each step only moves records from one state to the
/// next, so a second host running it at the same time finds nothing left to do (or fails one save on the version).
/// </summary>
internal sealed class SalesSchedule(IServiceScopeFactory scopes, TimeProvider time, ILogger<SalesSchedule> logger) : HourlyCleanUp(time, logger)
{
    protected override string Name => "The sales schedule";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ExpireQuotes>().RunAsync(now, cancellationToken);
        await services.GetRequiredService<FlagRottingDeals>().RunAsync(now, cancellationToken);
        await services.GetRequiredService<EndSubscriptionTerms>().RunAsync(now, cancellationToken);
        await services.GetRequiredService<OpenRenewals>().RunAsync(now, cancellationToken);
    }

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
