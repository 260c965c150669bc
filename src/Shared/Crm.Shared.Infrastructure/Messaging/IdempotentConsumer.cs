using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>
/// Base of every consumer: its state change and its inbox row commit in one transaction, and a message it
/// already handled (same MessageId) is acknowledged and skipped. <see cref="HandleAsync"/> changes tracked
/// entities or runs set-based updates (ExecuteUpdate) inside that transaction; it does not save or commit.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext dbContext, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Context { get; } = dbContext;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; the inbox cannot deduplicate it.");
        var consumer = GetType().FullName!;
        var cancellationToken = context.CancellationToken;

        // A retry reuses this context: start from what the database holds.
        Context.ChangeTracker.Clear();
        if (await Context.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await using var transaction = await Context.Database.BeginTransactionAsync(cancellationToken);
        await HandleAsync(context.Message, cancellationToken);
        Context.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAtUtc = time.GetUtcNow() });
        await Context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
