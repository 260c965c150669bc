using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

internal sealed class AppointmentsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AMeetingAcrossTimeZones_ShowsAtEachAttendeesLocalTime()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/activities", new { scope = "own" })).ReadOk<object>();
        await SetTimeZoneAsync(Client, "Europe/Paris");
        var colleagueId = await Users.Create(App, "nyc@example.com", "SalesRep");
        using var colleague = await Users.SignedInClient(App, "nyc@example.com");
        await SetTimeZoneAsync(colleague, "America/New_York");
        var contactId = await CreateContactAsync("Riboud");

        var created = await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Revue du contrat", location = "Siège", videoLink = "https://meet.example.com/abc",
            start = "2026-12-01T16:00", end = "2026-12-01T17:00", userIds = new[] { colleagueId }, contactIds = new[] { contactId },
        });
        var appointment = await created.ReadOk<JsonElement>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/appointments/{appointment.GetProperty("id").GetGuid()}"));
            Assert.That(appointment.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Paris"), "the organiser's zone by default");
            Assert.That(appointment.GetProperty("startUtc").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)));
            Assert.That(appointment.GetProperty("start").GetString(), Is.EqualTo("2026-12-01T16:00:00"));
            Assert.That(Attendees(appointment), Is.EquivalentTo(new[] { ("User", "Accepted", true), ("User", "NeedsAction", false), ("Contact", "NeedsAction", false) }));
        });

        var mine = await CalendarAsync(Client, "from=2026-11-30&to=2026-12-07");
        var theirs = await CalendarAsync(colleague, "from=2026-11-30&to=2026-12-07");
        Assert.Multiple(() =>
        {
            Assert.That(mine.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Paris"));
            Assert.That(Starts(mine), Is.EqualTo(new[] { "2026-12-01T16:00:00+01:00" }));
            Assert.That(theirs.GetProperty("timeZone").GetString(), Is.EqualTo("America/New_York"));
            Assert.That(Starts(theirs), Is.EqualTo(new[] { "2026-12-01T10:00:00-05:00" }), "the colleague sees it at their own local time");
            var item = theirs.GetProperty("items")[0];
            Assert.That((item.GetProperty("private").GetBoolean(), item.GetProperty("title").GetString(), item.GetProperty("myResponse").GetString()), Is.EqualTo((false, "Revue du contrat", "NeedsAction")));
        });

        var answered = await (await colleague.PostAsJsonAsync($"/api/v1/appointments/{appointment.GetProperty("id").GetGuid()}/answer", new { response = "Accepted" })).ReadOk<JsonElement>();
        Assert.That(Attendees(answered).Count(a => a.Response == "Accepted"), Is.EqualTo(2));
        var put = await SendAsync(colleague, HttpMethod.Put, $"/api/v1/appointments/{appointment.GetProperty("id").GetGuid()}", answered.GetProperty("version").GetInt32(), new { title = "Mine now", start = "2026-12-01T16:00", end = "2026-12-01T17:00" });
        await put.AssertProblem(HttpStatusCode.Forbidden, "appointment.not_organizer");
    }

    [Test]
    public async Task AWeeklySeries_KeepsItsWallClockTimeAcrossTheSpringChange_AndLeavesOutACancelledOccurrence()
    {
        await SetTimeZoneAsync(Client, "Europe/Paris");
        var created = await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Point hebdo", start = "2027-03-22T10:00", end = "2027-03-22T10:30", recurrence = "RRULE:FREQ=WEEKLY;COUNT=4",
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        Assert.That(created.GetProperty("recurrence").GetString(), Is.EqualTo("FREQ=WEEKLY;COUNT=4"));

        var calendar = await CalendarAsync(Client, "from=2027-03-15&to=2027-04-26");
        Assert.That(Starts(calendar), Is.EqualTo(new[] { "2027-03-22T10:00:00+01:00", "2027-03-29T10:00:00+02:00", "2027-04-05T10:00:00+02:00", "2027-04-12T10:00:00+02:00" }));
        var second = calendar.GetProperty("items")[1];
        Assert.That(second.GetProperty("occurrenceStart").GetString(), Is.EqualTo("2027-03-29T10:00:00"));

        var id = created.GetProperty("id").GetGuid();
        var left = await (await SendAsync(Client, HttpMethod.Post, $"/api/v1/appointments/{id}/occurrences/cancel", created.GetProperty("version").GetInt32(), new { occurrenceStart = "2027-03-29T10:00" })).ReadOk<JsonElement>();
        Assert.That(left.GetProperty("exceptions").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "2027-03-29T10:00:00" }));
        Assert.That(Starts(await CalendarAsync(Client, "from=2027-03-15&to=2027-04-26")), Has.Length.EqualTo(3).And.No.EqualTo("2027-03-29T10:00:00+02:00"));

        var missing = await SendAsync(Client, HttpMethod.Post, $"/api/v1/appointments/{id}/occurrences/cancel", left.GetProperty("version").GetInt32(), new { occurrenceStart = "2027-03-30T10:00" });
        await missing.AssertProblem(HttpStatusCode.NotFound, "appointment.occurrence_not_found");
    }

    [Test]
    public async Task AnEndlessSeries_IsExpandedInAnyLaterRange_AcrossTheAutumnChange()
    {
        await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Stand-up", timeZone = "Europe/Paris", start = "2026-01-05T09:00", end = "2026-01-05T09:15", recurrence = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        var calendar = await CalendarAsync(Client, "from=2027-10-28&to=2027-11-04&timeZone=Europe/Paris");
        Assert.That(Starts(calendar), Is.EqualTo(new[]
        {
            "2027-10-28T09:00:00+02:00", "2027-10-29T09:00:00+02:00", "2027-11-01T09:00:00+01:00", "2027-11-02T09:00:00+01:00", "2027-11-03T09:00:00+01:00",
        }));
    }

    [Test]
    public async Task AnAllDayEvent_FallsOnTheSameDaysInEveryTimeZone()
    {
        await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Salon Vivatech", timeZone = "Europe/Paris", allDay = true, startDate = "2027-06-16", endDate = "2027-06-17",
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        foreach (var zone in new[] { "Europe/Paris", "America/Los_Angeles", "Asia/Tokyo" })
        {
            var calendar = await CalendarAsync(Client, $"from=2027-06-14&to=2027-06-21&timeZone={zone}");
            var item = calendar.GetProperty("items").EnumerateArray().Single();
            Assert.That((item.GetProperty("allDay").GetBoolean(), item.GetProperty("startDate").GetString(), item.GetProperty("endDate").GetString()), Is.EqualTo((true, "2027-06-16", "2027-06-17")), zone);
        }

        Assert.That(Starts(await CalendarAsync(Client, "from=2027-06-18&to=2027-06-21&timeZone=Asia/Tokyo")), Is.Empty);
    }

    [Test]
    public async Task Conflicts_AndFreeBusy_TellWhenAttendeesAreTaken()
    {
        var colleagueId = await Users.Create(App, "busy@example.com", "SalesRep");
        using var colleague = await Users.SignedInClient(App, "busy@example.com");
        var own = await (await colleague.PostAsJsonAsync("/api/v1/appointments", new { title = "Dentiste", timeZone = "Europe/Paris", start = "2026-12-02T09:30", end = "2026-12-02T10:30" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);
        await (await colleague.PostAsJsonAsync("/api/v1/appointments", new { title = "Déjeuner", timeZone = "Europe/Paris", start = "2026-12-02T10:15", end = "2026-12-02T11:00" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);

        var meeting = await (await Client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Kick-off", timeZone = "Europe/Paris", start = "2026-12-02T10:00", end = "2026-12-02T11:00", userIds = new[] { colleagueId },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var conflicts = meeting.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(conflicts.Select(c => c.GetProperty("userId").GetGuid()).Distinct(), Is.EqualTo(new[] { colleagueId }));
            Assert.That(conflicts.Select(c => c.GetProperty("appointmentId").GetGuid()), Does.Contain(own.GetProperty("id").GetGuid()));
            Assert.That(conflicts.Select(c => c.GetProperty("title").GetString()), Has.Some.EqualTo("Dentiste"), "an administrator sees every record");
        });

        var freeBusy = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/free-busy?userIds={colleagueId}&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z");
        var busy = freeBusy[0].GetProperty("busy").EnumerateArray().Select(b => (b.GetProperty("start").GetDateTimeOffset(), b.GetProperty("end").GetDateTimeOffset())).ToList();
        Assert.That(busy, Is.EqualTo(new[] { (new DateTimeOffset(2026, 12, 2, 8, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)) }), "three overlapping meetings, one busy interval");

        // The form that moves the meeting asks without it: its own time is not busy.
        var (organizerId, meetingId) = (meeting.GetProperty("organizerId").GetGuid(), meeting.GetProperty("id").GetGuid());
        var mine = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/free-busy?userIds={organizerId}&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z");
        var mineWithout = await Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/calendar/free-busy?userIds={organizerId}&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z&exceptAppointmentId={meetingId}");
        Assert.That((mine[0].GetProperty("busy").GetArrayLength(), mineWithout[0].GetProperty("busy").GetArrayLength()), Is.EqualTo((1, 0)));

        await (await colleague.PostAsJsonAsync($"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}/answer", new { response = "Declined" })).ReadOk<JsonElement>();
        freeBusy = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/free-busy?userIds={colleagueId}&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z");
        Assert.That(freeBusy[0].GetProperty("busy")[0].GetProperty("end").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)), "a declined meeting is free time");
    }

    [Test]
    public async Task AColleaguesAppointment_IsBusyTimeOnly_ToARepWhoDoesNotSeeTheirRecords()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/activities", new { scope = "own" })).ReadOk<object>();
        var adminMeeting = await (await Client.PostAsJsonAsync("/api/v1/appointments", new { title = "Comité de direction", timeZone = "Europe/Paris", start = "2026-12-03T14:00", end = "2026-12-03T16:00" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);
        var adminId = adminMeeting.GetProperty("organizerId").GetGuid();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        var calendar = await CalendarAsync(rep, $"from=2026-11-30&to=2026-12-07&userIds={adminId}");
        var item = calendar.GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("private").GetBoolean(), Is.True);
            Assert.That(item.GetProperty("title").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.GetProperty("userIds").EnumerateArray().Select(u => u.GetGuid()), Is.EqualTo(new[] { adminId }));
        });
        await (await rep.GetAsync($"/api/v1/appointments/{adminMeeting.GetProperty("id").GetGuid()}")).AssertProblem(HttpStatusCode.NotFound, "appointment.not_found");
    }

    [Test]
    public async Task ACancelledAppointment_LeavesTheCalendar_AndCannotBeChanged()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/appointments", new { title = "Démo", timeZone = "Europe/Paris", start = "2026-12-04T11:00", end = "2026-12-04T12:00" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await SendAsync(Client, HttpMethod.Post, $"/api/v1/appointments/{id}/cancel", created.GetProperty("version").GetInt32() + 1)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var cancelled = await (await SendAsync(Client, HttpMethod.Post, $"/api/v1/appointments/{id}/cancel", created.GetProperty("version").GetInt32())).ReadOk<JsonElement>();
        Assert.That((cancelled.GetProperty("status").GetString(), cancelled.GetProperty("sequence").GetInt32()), Is.EqualTo(("Cancelled", 1)));
        Assert.That(Starts(await CalendarAsync(Client, "from=2026-11-30&to=2026-12-07&timeZone=Europe/Paris")), Is.Empty);

        var put = await SendAsync(Client, HttpMethod.Put, $"/api/v1/appointments/{id}", cancelled.GetProperty("version").GetInt32(), new { title = "Démo", start = "2026-12-04T11:00", end = "2026-12-04T12:00" });
        await put.AssertProblem(HttpStatusCode.Conflict, "appointment.cancelled");
    }

    [TestCase("""{"title":"x","start":"2026-12-01T10:00:00Z","end":"2026-12-01T11:00"}""", HttpStatusCode.BadRequest, null)]
    [TestCase("""{"title":"x"}""", HttpStatusCode.BadRequest, null)]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T09:00"}""", HttpStatusCode.BadRequest, "appointment.end_before_start")]
    [TestCase("""{"title":"x","timeZone":"Mars/Olympus","start":"2026-12-01T10:00","end":"2026-12-01T11:00"}""", HttpStatusCode.BadRequest, "appointment.time_zone_unknown")]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T11:00","recurrence":"FREQ=WEEKLY;BYDAY=XX"}""", HttpStatusCode.BadRequest, "appointment.recurrence_invalid")]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T11:00","recurrence":"FREQ=MINUTELY"}""", HttpStatusCode.BadRequest, "appointment.recurrence_invalid")]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T11:00","videoLink":"javascript:alert(1)"}""", HttpStatusCode.BadRequest, "appointment.video_link_invalid")]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T11:00","userIds":["5f0c4c43-7d0e-4a7e-9f43-7c1a3b1f2d10"]}""", HttpStatusCode.UnprocessableEntity, "appointment.attendee_inactive")]
    [TestCase("""{"title":"x","start":"2026-12-01T10:00","end":"2026-12-01T11:00","contactIds":["5f0c4c43-7d0e-4a7e-9f43-7c1a3b1f2d10"]}""", HttpStatusCode.UnprocessableEntity, "appointment.contact_not_found")]
    public async Task ABadAppointment_IsRefused_NamingWhatIsWrong(string body, HttpStatusCode status, string? code)
    {
        var response = await Client.PostAsync("/api/v1/appointments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        if (code is null)
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
        else
        {
            await response.AssertProblem(status, code);
        }

        Assert.That(Starts(await CalendarAsync(Client, "from=2026-11-30&to=2026-12-07")), Is.Empty, "nothing was stored");
    }

    private static IEnumerable<(string Kind, string Response, bool IsOrganizer)> Attendees(JsonElement appointment) =>
        appointment.GetProperty("attendees").EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString()!, a.GetProperty("response").GetString()!, a.GetProperty("isOrganizer").GetBoolean()));

    private static string[] Starts(JsonElement calendar) =>
        [.. calendar.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("start").GetString()!)];

    private static async Task<JsonElement> CalendarAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/calendar?{query}")).ReadOk<JsonElement>();

    private async Task<Guid> CreateContactAsync(string lastName) =>
        (await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName, emails = new[] { new { address = $"{lastName.ToLowerInvariant()}@client.example", isPrimary = true } } })).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    internal static async Task SetTimeZoneAsync(HttpClient client, string timeZone)
    {
        var me = await client.GetAsync("/api/v1/me");
        var profile = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { displayName = "Someone", language = "fr", timeZone }),
        };
        profile.Headers.IfMatch.Add(me.Headers.ETag!);
        (await client.SendAsync(profile)).EnsureSuccessStatusCode();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return client.SendAsync(request);
    }
}
