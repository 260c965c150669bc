using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Activities.Features.StreamNotifications;

/// <summary>The <c>Activities:Notifications</c> settings of the live stream.</summary>
internal sealed class NotificationStreamOptions
{
    public const string Section = "Activities:Notifications";

    /// <summary>How often a stream reads the database for notifications another process wrote.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a quiet stream sends a comment, so proxies keep it open and a dead client is noticed.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// <c>GET /notifications/stream</c>: server-sent events, one <c>notification</c> event (its id, and the notification
/// as JSON) for each notification of the caller created after the stream opened (or after <c>Last-Event-ID</c> when
/// the browser reconnects). The loop wakes on this process's signal or every poll interval, then reads the database,
/// so notifications written by another process arrive too.
/// </summary>
internal static class StreamNotificationsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/stream", Handle)
            .WithName("StreamNotifications")
            .RequireAuthorization()
            .WithSummary("Server-sent events (text/event-stream): each new notification of yours as a 'notification' event, with a comment heartbeat.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream");

    private static async Task Handle(
        HttpContext http,
        ISender sender,
        ICurrentUser currentUser,
        NotificationSignal signal,
        IOptions<NotificationStreamOptions> options,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var after = Guid.TryParse(http.Request.Headers["Last-Event-ID"].ToString(), out var lastSeen)
            ? lastSeen
            : await sender.Send(new FindNewestNotification(), cancellationToken);
        var stream = options.Value;
        var wait = stream.PollInterval < stream.HeartbeatInterval ? stream.PollInterval : stream.HeartbeatInterval;
        var quiet = Stopwatch.StartNew();
        try
        {
            await WriteAsync(response, ": connected\nretry: 3000\n\n", cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                var newer = await sender.Send(new ReadNotificationsAfter(after), cancellationToken);
                if (newer.Count > 0)
                {
                    var text = new StringBuilder();
                    foreach (var notification in newer)
                    {
                        text.Append("id: ").Append(notification.Id).Append("\nevent: notification\ndata: ")
                            .Append(JsonSerializer.Serialize(notification, json.Value.SerializerOptions)).Append("\n\n");
                        after = notification.Id;
                    }

                    await WriteAsync(response, text.ToString(), cancellationToken);
                    quiet.Restart();
                }
                else if (quiet.Elapsed >= stream.HeartbeatInterval)
                {
                    await WriteAsync(response, ": heartbeat\n\n", cancellationToken);
                    quiet.Restart();
                }

                if (newer.Count < ReadNotificationsAfterHandler.MaxItems)
                {
                    await signal.WaitAsync(userId, wait, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
