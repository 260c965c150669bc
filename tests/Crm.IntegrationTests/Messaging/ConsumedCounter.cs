using MassTransit;

namespace Crm.IntegrationTests.Messaging;

/// <summary>Counts completed consumptions of one message type on the bus, duplicates included.</summary>
internal sealed class ConsumedCounter<TMessage> : IConsumeObserver
    where TMessage : class
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is TMessage)
        {
            Interlocked.Increment(ref _count);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
