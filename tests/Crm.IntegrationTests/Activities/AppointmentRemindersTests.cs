using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

internal sealed class AppointmentRemindersTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public async Task AMeetingAcrossTimeZones_RemindsEachAttendeeOnce_AtTheirOwnLocalTime()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await Users.Create(app, "nyc@example.com", "SalesRep");
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        var colleagueId = await SetPreferencesAsync(app, "nyc@example.com", "en", "America/New_York");
        using var manager = await AdministratorAsync(app);

        var meeting = await (await manager.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Revue du contrat", start = "2026-12-01T16:00", end = "2026-12-01T17:00", userIds = new[] { colleagueId },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        Assert.That(meeting.GetProperty("reminderMinutesBefore").EnumerateArray().Select(m => m.GetInt32()), Is.EqualTo(new[] { 15 }), "15 minutes by default");

        var startUtc = new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
        await AdvanceToAsync(app, clock, startUtc.AddMinutes(-15) - Second, expectedFired: 0);
        await AdvanceToAsync(app, clock, startUtc.AddMinutes(-15), expectedFired: 2);
        Assert.That(await DispatchAsync(app), Is.Zero, "once");

        using var colleague = await SignedInAsync(app, "nyc@example.com");
        var theirs = await NotificationsAsync(colleague);
        var mine = await NotificationsAsync(manager);
        Assert.Multiple(() =>
        {
            Assert.That(theirs.Select(n => (n.Title, n.Body)), Is.EqualTo(new[] { ("Reminder: Revue du contrat", "Appointment on Tuesday 1 December 2026, 10:00 (America/New_York).") }));
            Assert.That(mine.Select(n => (n.Title, n.Body)), Is.EqualTo(new[] { ("Rappel : Revue du contrat", "Rendez-vous le mardi 1 décembre 2026 à 16:00 (Europe/Paris).") }));
            Assert.That(mine[0].Link, Is.EqualTo($"/agenda?appointment={meeting.GetProperty("id").GetGuid()}"));
        });
    }

    [Test]
    public async Task AWeeklySeries_RemindsOfEachOccurrence_AtItsWallClockTime_AcrossTheSpringChange()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);
        await (await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Point hebdo", start = "2027-03-22T10:00", end = "2027-03-22T10:30", recurrence = "FREQ=WEEKLY", reminderMinutesBefore = new[] { 10 },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        // 09:50 in Paris: 08:50 UTC before the change, 07:50 UTC after it.
        foreach (var due in new[] { new DateTimeOffset(2027, 3, 22, 8, 50, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 29, 7, 50, 0, TimeSpan.Zero), new DateTimeOffset(2027, 4, 5, 7, 50, 0, TimeSpan.Zero) })
        {
            await AdvanceToAsync(app, clock, due - Second, expectedFired: 0);
            await AdvanceToAsync(app, clock, due, expectedFired: 1);
        }

        Assert.That(await UnfiredAsync(app), Is.EqualTo(1), "the next occurrence's reminder waits");
    }

    [Test]
    public async Task DecliningOrCancelling_DropsTheReminders()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        var colleagueId = await Users.Create(app, "rep@example.com", "SalesRep");
        using var manager = await AdministratorAsync(app);
        using var colleague = await SignedInAsync(app, "rep@example.com");
        var meeting = await (await manager.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Démo", timeZone = "Europe/Paris", start = "2026-12-01T16:00", end = "2026-12-01T17:00", userIds = new[] { colleagueId }, reminderMinutesBefore = new[] { 15, 60 },
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        Assert.That(await UnfiredAsync(app), Is.EqualTo(4));

        var declined = await (await colleague.PostAsJsonAsync($"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}/answer", new { response = "Declined" })).ReadOk<JsonElement>();
        Assert.That(await UnfiredAsync(app), Is.EqualTo(2), "the colleague who declined is not reminded");

        var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}/cancel");
        cancel.Headers.IfMatch.ParseAdd($"\"{declined.GetProperty("version").GetInt32()}\"");
        (await manager.SendAsync(cancel)).EnsureSuccessStatusCode();
        Assert.That(await UnfiredAsync(app), Is.Zero);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await DispatchAsync(app), Is.Zero);
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string email)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, email, Users.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task AdvanceToAsync(WebApplicationFactory<Program> app, ManualClock clock, DateTimeOffset to, int expectedFired)
    {
        clock.Advance(to - clock.GetUtcNow());
        Assert.That(await DispatchAsync(app), Is.EqualTo(expectedFired), $"fired at {to:O}");
    }
}
