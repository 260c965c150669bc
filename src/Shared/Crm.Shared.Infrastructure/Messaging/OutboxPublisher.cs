using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>
/// Publishes a module's outbox rows in claimed batches: publish with MessageId = row id, then mark the rows sent
/// in the claim's transaction. A crash between the two publishes a row again later; consumers' inboxes skip it.
/// A row that cannot be read back is poison: it counts an attempt and is given up after <see cref="OutboxMessage.MaxAttempts"/>.
/// A failed publish (the broker is away) marks what went out, then throws: the relay waits and tries again, with no
/// attempt counted against the row. The publish endpoint is the bus in production; tests pass one that fails on purpose.
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
            var (published, more) = await PublishBatchAsync(cancellationToken);
            total += published;
            if (!more)
            {
                return total;
            }
        }
    }

    private async Task<(int Published, bool More)> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var batch = await OutboxClaim.ClaimAsync(context, BatchSize, cancellationToken);
        var published = 0;
        Exception? publishFailure = null;
        foreach (var row in batch)
        {
            object message;
            try
            {
                message = MessageSerializer.Deserialize(row.Type, row.Payload);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or NotSupportedException)
            {
                row.Attempts++;
                row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogCritical(ex, "Outbox message {MessageId} ({MessageType}) of {Module} cannot be read (attempt {Attempt} of {MaxAttempts}).", row.Id, row.Type, Module, row.Attempts, OutboxMessage.MaxAttempts);
                continue;
            }

            try
            {
                await publishEndpoint.Publish(message, message.GetType(), c => c.MessageId = row.Id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                publishFailure = ex;
                break;
            }

            row.ProcessedAtUtc = time.GetUtcNow();
            published++;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (publishFailure is not null)
        {
            throw new InvalidOperationException($"Publishing the outbox of {Module} failed after {published} message(s); it is retried.", publishFailure);
        }

        return (published, batch.Count == BatchSize);
    }
}
