using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>
/// Base of every consumer: its state change and its inbox row commit in one SaveChanges, and a message it
/// already handled (same MessageId) is acknowledged and skipped. Override <see cref="HandleAsync"/> to change
/// tracked entities only; do not save.
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

        await HandleAsync(context.Message, cancellationToken);
        Context.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAtUtc = time.GetUtcNow() });
        await Context.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
