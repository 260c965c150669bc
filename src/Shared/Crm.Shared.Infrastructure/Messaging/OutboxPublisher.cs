using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>
/// Publishes a module's outbox rows in claimed batches: publish with MessageId = row id, then mark the rows sent
/// in the claim's transaction. A crash between the two publishes a row again later; consumers' inboxes skip it.
/// The publish endpoint is the bus in production; tests pass one that fails on purpose.
/// </summary>
internal sealed class OutboxPublisher<TContext>(
    IServiceScopeFactory scopeFactory,
    IPublishEndpoint publishEndpoint,
    TimeProvider time,
    ILogger<OutboxPublisher<TContext>> logger) : IOutboxPublisher
    where TContext : ModuleDbContext
{
    private const int BatchSize = 100;

    public string Module => typeof(TContext).Name;

    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var (published, complete) = await PublishBatchAsync(cancellationToken);
            total += published;
            if (!complete || published < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<(int Published, bool Complete)> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var batch = await OutboxClaim.ClaimAsync(context, BatchSize, cancellationToken);
        var published = 0;
        foreach (var row in batch)
        {
            try
            {
                var message = MessageSerializer.Deserialize(row.Type, row.Payload);
                await publishEndpoint.Publish(message, message.GetType(), c => c.MessageId = row.Id, cancellationToken);
                row.ProcessedAtUtc = time.GetUtcNow();
                published++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                row.Attempts++;
                row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogError(ex, "Publishing outbox message {MessageId} ({MessageType}) of {Module} failed (attempt {Attempt}).", row.Id, row.Type, Module, row.Attempts);
                break;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (published, published == batch.Count);
    }
}
