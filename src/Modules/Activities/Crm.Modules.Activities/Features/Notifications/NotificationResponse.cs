using Crm.Modules.Activities.Domain.Notifications;

namespace Crm.Modules.Activities.Features.Notifications;

internal sealed record NotificationResponse(
    Guid Id, string Kind, string Title, string? Body, string? Link, DateTimeOffset CreatedAtUtc, DateTimeOffset? ReadAtUtc)
{
    public static NotificationResponse From(Notification notification) => new(
        notification.Id, notification.Kind, notification.Title, notification.Body, notification.Link, notification.CreatedAtUtc, notification.ReadAtUtc);
}

internal static class NotificationErrors
{
    public static Crm.Shared.Kernel.Error NotFound(Guid id) =>
        Crm.Shared.Kernel.Error.NotFound("notification.not_found", $"You have no notification with the id {id}.");
}
