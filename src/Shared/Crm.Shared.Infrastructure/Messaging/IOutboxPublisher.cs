namespace Crm.Shared.Infrastructure.Messaging;

public interface IOutboxPublisher
{
    string Module { get; }

    /// <summary>Publishes every due row of the module's outbox; returns how many were published.</summary>
    Task<int> PublishPendingAsync(CancellationToken cancellationToken);
}
