using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>A deal left idle too long becomes an open follow-up task for its owner, due the day it was flagged (UTC).</summary>
internal sealed class DealRottingConsumer(ActivitiesDbContext db, IOptions<ActivitiesOptions> options, TimeProvider time)
    : IdempotentConsumer<DealRottingIntegrationEvent, ActivitiesDbContext>(db, time)
{
    private readonly TimeProvider _time = time;

    protected override Task HandleAsync(DealRottingIntegrationEvent message, CancellationToken cancellationToken)
    {
        var prefix = options.Value.Language == "en" ? "Follow up: " : "Relancer : ";
        var details = SystemTasks.Details(prefix + message.Name, DateOnly.FromDateTime(message.OccurredAtUtc.UtcDateTime), message.DealId);
        Context.Tasks.Add(ActivityTask.Create(details, message.OwnerId, TaskSource.DealRotting, null, _time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
