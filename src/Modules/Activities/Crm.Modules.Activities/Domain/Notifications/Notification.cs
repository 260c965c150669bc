using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Notifications;

/// <summary>A message in one user's notification list (the bell), read or not.</summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 2000;
    public const int LinkMaxLength = 500;
    public const int KindMaxLength = 32;

    private Notification(Guid id, Guid userId, string kind, string title, string? body, string? link, DateTimeOffset createdAtUtc)
    {
        Id = id;
        UserId = userId;
        Kind = kind;
        Title = title;
        Body = body;
        Link = link;
        CreatedAtUtc = createdAtUtc;
    }

    /// <summary>Time-ordered: the list and the live stream go by id.</summary>
    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>One of <see cref="NotificationKinds"/>.</summary>
    public string Kind { get; private set; }

    public string Title { get; private set; }

    public string? Body { get; private set; }

    /// <summary>The web app's path it leads to, such as <c>/tasks?id=…</c>.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public DateTimeOffset? ReadAtUtc { get; private set; }

    public static Notification Create(Guid userId, string kind, string title, string? body, string? link, DateTimeOffset now) =>
        new(TypedId.NewValue(), userId, kind, Cut(title, TitleMaxLength)!, Cut(body, BodyMaxLength), Cut(link, LinkMaxLength), now);

    /// <summary>Marks it read; one read already keeps its first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAtUtc ??= now;

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

internal static class NotificationKinds
{
    public const string Reminder = "reminder";
}
