using System.Collections.Concurrent;
using MassTransit;

namespace Crm.IntegrationTests.Messaging;

/// <summary>
/// Publishes through the real bus and records each MessageId; when <c>crashAfterPublish</c> is set it throws right
/// after a successful publish, as a relay that dies before marking the row sent. A delay per message keeps a
/// relay's claimed batch locked long enough for another relay to run beside it.
/// </summary>
internal sealed class RecordingPublishEndpoint(IBus bus, bool crashAfterPublish = false, TimeSpan delayPerMessage = default) : IPublishEndpoint
{
    public ConcurrentBag<Guid> PublishedMessageIds { get; } = [];

    public async Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
    {
        if (delayPerMessage > TimeSpan.Zero)
        {
            await Task.Delay(delayPerMessage, cancellationToken);
        }

        Guid? messageId = null;
        await bus.Publish(message, messageType, Pipe.Execute<PublishContext>(async context =>
        {
            await publishPipe.Send(context);
            messageId = context.MessageId;
        }), cancellationToken);
        PublishedMessageIds.Add(messageId ?? throw new InvalidOperationException("Published without a MessageId."));
        if (crashAfterPublish)
        {
            throw new IOException("Simulated crash after publishing, before the row is marked sent.");
        }
    }

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) =>
        Publish(message, messageType, Pipe.Empty<PublishContext>(), cancellationToken);

    public Task Publish(object message, CancellationToken cancellationToken = default) =>
        Publish(message, message.GetType(), cancellationToken);

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        Publish(message, message.GetType(), publishPipe, cancellationToken);

    public Task Publish<T>(T message, CancellationToken cancellationToken = default)
        where T : class => Publish(message, typeof(T), cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException("The outbox relay publishes untyped messages.");

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        where T : class => Publish(message, typeof(T), publishPipe, cancellationToken);

    public Task Publish<T>(object values, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException("The outbox relay publishes whole messages.");

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException("The outbox relay publishes whole messages.");

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException("The outbox relay publishes whole messages.");

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => bus.ConnectPublishObserver(observer);
}
