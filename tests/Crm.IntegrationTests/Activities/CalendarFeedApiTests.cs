using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Ical.Net;

namespace Crm.IntegrationTests.Activities;

internal sealed class CalendarFeedApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AColleaguesSubscribedCalendar_HoldsTheMeeting_AtTheSameInstant_WithItsSeriesRules()
    {
        var colleagueId = await Users.Create(App, "nyc@example.com", "SalesRep");
        using var colleague = await Users.SignedInClient(App, "nyc@example.com");
        await AppointmentsApiTests.SetTimeZoneAsync(colleague, "America/New_York");
        var meeting = await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Revue du contrat", timeZone = "Europe/Paris", start = "2030-03-25T16:00", end = "2030-03-25T17:00",
            recurrence = "FREQ=WEEKLY;COUNT=3", videoLink = "https://meet.example.com/abc", userIds = new[] { colleagueId },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync("/api/v1/appointments", new { title = "Sans le collègue", timeZone = "Europe/Paris", start = "2030-03-26T09:00", end = "2030-03-26T10:00" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);

        var opened = await (await colleague.PostAsync("/api/v1/calendar/feed", null)).ReadOk<JsonElement>();
        var url = new Uri(opened.GetProperty("url").GetString()!);
        using var calendarApp = App.CreateClient();
        var feed = await calendarApp.GetAsync(url.PathAndQuery);

        Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await feed.Content.ReadAsStringAsync());
        Assert.That(feed.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/calendar"));
        var text = await feed.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        var calendarEvent = calendar.Events.Single();
        var occurrences = calendarEvent.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(new DateTime(2030, 3, 1), "UTC")).Select(o => o.Period.StartTime.AsUtc).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(calendarEvent.Uid, Is.EqualTo($"{meeting.GetProperty("id").GetGuid()}@crm"));
            Assert.That(calendarEvent.Summary, Is.EqualTo("Revue du contrat"));
            Assert.That(calendarEvent.DtStart!.TzId, Is.EqualTo("Europe/Paris"));
            Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Europe/Paris" }), "the zone is described for clients without a zone database");
            Assert.That(occurrences, Is.EqualTo(new[] { new DateTime(2030, 3, 25, 15, 0, 0), new DateTime(2030, 4, 1, 14, 0, 0), new DateTime(2030, 4, 8, 14, 0, 0) }),
                "16:00 in Paris each week, whichever side of the spring change, years ahead");
            Assert.That(calendarEvent.Organizer?.Value?.ToString(), Is.EqualTo($"mailto:{CrmApp.Administrator.Email}"));
            Assert.That(calendarEvent.Attendees.Select(a => (a.Value?.ToString(), a.ParticipationStatus)), Is.EquivalentTo(new[]
            {
                ($"mailto:{CrmApp.Administrator.Email}", "ACCEPTED"), ("mailto:nyc@example.com", "NEEDS-ACTION"),
            }));
            Assert.That(calendarEvent.Url?.ToString(), Is.EqualTo("https://meet.example.com/abc"));
        });
    }

    [Test]
    public async Task AFeedAddress_IsShownOnce_RenewedAndRevoked()
    {
        Assert.That((await Client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/feed")).GetProperty("open").GetBoolean(), Is.False);
        await (await Client.DeleteAsync("/api/v1/calendar/feed")).AssertProblem(HttpStatusCode.NotFound, "calendar_feed.not_open");

        var first = new Uri((await (await Client.PostAsync("/api/v1/calendar/feed", null)).ReadOk<JsonElement>()).GetProperty("url").GetString()!);
        var state = await Client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/feed");
        Assert.That((state.GetProperty("open").GetBoolean(), state.TryGetProperty("url", out _)), Is.EqualTo((true, false)), "the secret is not shown again");

        using var anonymous = App.CreateClient();
        Assert.That((await anonymous.GetAsync(first.PathAndQuery)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var second = new Uri((await (await Client.PostAsync("/api/v1/calendar/feed", null)).ReadOk<JsonElement>()).GetProperty("url").GetString()!);
        Assert.That(second, Is.Not.EqualTo(first));
        await (await anonymous.GetAsync(first.PathAndQuery)).AssertProblem(HttpStatusCode.NotFound, "calendar_feed.not_found");
        Assert.That((await anonymous.GetAsync(second.PathAndQuery)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await Client.DeleteAsync("/api/v1/calendar/feed")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await anonymous.GetAsync(second.PathAndQuery)).AssertProblem(HttpStatusCode.NotFound, "calendar_feed.not_found");
    }
}
