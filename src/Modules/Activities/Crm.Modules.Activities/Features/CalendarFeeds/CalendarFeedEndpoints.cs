using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Crm.Modules.Activities.Features.CalendarFeeds;

/// <summary>
/// The caller's private calendar feed (<c>/calendar/feed</c>: read, open or renew, close) and the feed itself
/// (<c>/calendar/feeds/{secret}.ics</c>), read without signing in by calendar applications.
/// </summary>
internal static class CalendarFeedEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/feed", GetAsync)
            .WithName("GetCalendarFeed")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Whether you have a private calendar feed open, and since when.");
        group.MapPost("/feed", OpenAsync)
            .WithName("OpenCalendarFeed")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Opens your private calendar feed, or renews its secret address (the old one stops working). The address is shown this once: subscribe to it in Outlook, Google Calendar or Apple Calendar.");
        group.MapDelete("/feed", CloseAsync)
            .WithName("CloseCalendarFeed")
            .RequirePermission(Permissions.ActivitiesRead)
            .WithSummary("Revokes your calendar feed's address.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/feeds/{token}.ics", ReadAsync)
            .WithName("ReadCalendarFeed")
            .AllowAnonymous()
            .WithSummary("A calendar feed in iCalendar (text/calendar), for calendar applications; the secret in the address is the only credential.")
            .Produces<string>(StatusCodes.Status200OK, IcsCalendar.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<CalendarFeedState>, ProblemHttpResult>> GetAsync(ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCalendarFeed(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }

    private static async Task<Results<Ok<CalendarFeedAddress>, ProblemHttpResult>> OpenAsync(
        ISender sender, IConfiguration configuration, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new OpenCalendarFeed(), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        var baseUrl = configuration["Crm:PublicUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
        return TypedResults.Ok(new CalendarFeedAddress($"{baseUrl}/api/v1/calendar/feeds/{result.Value.Token}.ics", result.Value.OpenedAtUtc));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CloseCalendarFeed(), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem(http);
    }

    private static async Task<IResult> ReadAsync(string token, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ReadCalendarFeed(token), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(result.Value, $"{IcsCalendar.ContentType}; charset=utf-8");
    }
}

internal sealed record CalendarFeedAddress(string Url, DateTimeOffset OpenedAtUtc);
