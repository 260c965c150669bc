using Crm.Modules.Activities.Domain.Notifications;
using Crm.Modules.Activities.Persistence;

namespace Crm.Modules.Activities.Features.Notifications;

/// <summary>
/// The one way features write to a user's notification list: <see cref="Add"/> stages a notification in the caller's
/// context, to commit with the caller's change. Once saved outside an explicit transaction, this process's live
/// streams of that user are woken; a caller that commits its own transaction calls <see cref="Announce"/> after the
/// commit. Streams of other processes see it at their next poll.
/// </summary>
internal sealed class NotificationSender
{
    private readonly ActivitiesDbContext _db;
    private readonly NotificationSignal _signal;
    private readonly TimeProvider _time;
    private readonly HashSet<Guid> _pending = [];

    public NotificationSender(ActivitiesDbContext db, NotificationSignal signal, TimeProvider time)
    {
        _db = db;
        _signal = signal;
        _time = time;
        _db.SavedChanges += (_, _) =>
        {
            if (_db.Database.CurrentTransaction is null)
            {
                Announce();
            }
        };
    }

    public Notification Add(Guid userId, string kind, string title, string? body, string? link)
    {
        var notification = Notification.Create(userId, kind, title, body, link, _time.GetUtcNow());
        _db.Notifications.Add(notification);
        lock (_pending)
        {
            _pending.Add(userId);
        }

        return notification;
    }

    /// <summary>Wakes the live streams of the users notified since the last call.</summary>
    public void Announce()
    {
        Guid[] users;
        lock (_pending)
        {
            users = [.. _pending];
            _pending.Clear();
        }

        foreach (var user in users)
        {
            _signal.Notify(user);
        }
    }
}
