using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

/// <summary>
/// Reminders of tasks, fired by the dispatcher at the instant their local time names in the assignee's time zone,
/// once: the clock is moved by hand across Paris's daylight-saving changes.
/// </summary>
internal sealed class RemindersApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Reminders_FireAtTheirInstant_AcrossTheSpringChangeInParis_OnceEach()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        // 02:30 does not exist that night (02:00 → 03:00): it moves forward by the gap, to 03:30 summer time.
        var task = await CreateAsync(client, new { title = "Appeler Anne", reminders = new[] { new { at = "2027-03-28T09:00" }, new { at = "2027-03-28T02:30" } } });
        Assert.That(task.Reminders, Is.EqualTo(new[]
        {
            new TaskReminderDto("2027-03-28T02:30", new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero)),
            new TaskReminderDto("2027-03-28T09:00", new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero)),
        }));

        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero) - Second, expectedFired: 0);
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), expectedFired: 1);
        Assert.That(await DispatchAsync(app), Is.Zero, "fired once");
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero) - Second, expectedFired: 0);
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero), expectedFired: 1);
        clock.Advance(TimeSpan.FromDays(2));
        Assert.That(await DispatchAsync(app), Is.Zero, "nothing left");

        using var later = await AdministratorAsync(app); // the morning's session has expired on this clock
        var notifications = await NotificationsAsync(later);
        Assert.Multiple(() =>
        {
            Assert.That(notifications.Select(n => n.Title), Is.EqualTo(new[] { "Rappel : Appeler Anne", "Rappel : Appeler Anne" }));
            Assert.That(notifications.Select(n => n.Link), Has.All.EqualTo($"/tasks?id={task.Id}"));
            Assert.That(notifications.Select(n => n.Kind), Has.All.EqualTo("reminder"));
            Assert.That(notifications[0].Body, Does.Contain("09:00").And.Contain("Europe/Paris"), "newest first, in the user's time");
            Assert.That(notifications[1].Body, Does.Contain("03:30"));
            Assert.That(notifications[0].CreatedAtUtc, Is.EqualTo(new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task AReminderAtAnAmbiguousAutumnTime_FiresAtItsFirstOccurrence_AndNotAgainAtTheSecond()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "en", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        // 02:30 happens twice that night (03:00 → 02:00): first at 00:30 UTC (summer time), then at 01:30 UTC.
        var task = await CreateAsync(client, new { title = "Call Anne", reminders = new[] { new { at = "2026-10-25T02:30" } } });
        Assert.That(task.Reminders.Single().AtUtc, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));

        await AdvanceToAsync(app, clock, new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero) - Second, expectedFired: 0);
        await AdvanceToAsync(app, clock, new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), expectedFired: 1);
        await AdvanceToAsync(app, clock, new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), expectedFired: 0);

        using var later = await AdministratorAsync(app);
        var notification = (await NotificationsAsync(later)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(notification.Title, Is.EqualTo("Reminder: Call Anne"), "in the user's language");
            Assert.That(notification.Body, Does.Contain("02:30"));
        });
    }

    [Test]
    public async Task RemindersAreReadInTheAssigneesTimeZone_NotTheCallers()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await Users.Create(app, "rep@example.com", "SalesRep");
        var repId = await SetPreferencesAsync(app, "rep@example.com", "en", "America/New_York");
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        var task = await CreateAsync(client, new { title = "Call", assigneeId = repId, reminders = new[] { new { at = "2027-06-02T09:00" } } });

        Assert.That(task.Reminders.Single(), Is.EqualTo(new TaskReminderDto("2027-06-02T09:00", new DateTimeOffset(2027, 6, 2, 13, 0, 0, TimeSpan.Zero))));
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 2, 13, 0, 0, TimeSpan.Zero), expectedFired: 1);
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var repsNotifications = await NotificationsAsync(rep);
        using var caller = await AdministratorAsync(app);
        var callersNotifications = await NotificationsAsync(caller);
        Assert.Multiple(() =>
        {
            Assert.That(repsNotifications.Single().Title, Is.EqualTo("Reminder: Call"), "the assignee is reminded, in their language");
            Assert.That(callersNotifications, Is.Empty, "the caller is not");
        });
    }

    [Test]
    public async Task CompletingOrCancellingATask_DropsItsReminders_AndReopeningSchedulesThemAgain()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);
        var done = await CreateAsync(client, new { title = "Done soon", reminders = new[] { new { at = "2027-06-01T12:00" } } });
        var cancelled = await CreateAsync(client, new { title = "Cancelled soon", reminders = new[] { new { at = "2027-06-01T12:00" } } });
        Assert.That(await UnfiredAsync(app), Is.EqualTo(2));

        done = await ActAsync(client, done, "complete");
        cancelled = await PutAsync(client, cancelled, new { title = "Cancelled soon", status = "Cancelled" });

        var unfired = await UnfiredAsync(app);
        Assert.Multiple(() =>
        {
            Assert.That(unfired, Is.Zero);
            Assert.That(cancelled.Reminders, Has.Length.EqualTo(1), "the task keeps its reminders, for a reopening");
        });
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero), expectedFired: 0);

        // Reopened after its time: the reminder is past, so it fires at once.
        await ActAsync(client, done, "reopen");
        Assert.That(await DispatchAsync(app), Is.EqualTo(1));
        Assert.That((await NotificationsAsync(client)).Single().Title, Is.EqualTo("Rappel : Done soon"));
    }

    [Test]
    public async Task EditingATask_ReschedulesItsReminders_AndOneAlreadyFiredDoesNotFireAgain()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        // A reminder already past at creation fires at once.
        var task = await CreateAsync(client, new { title = "Relancer", reminders = new[] { new { at = "2027-06-01T07:00" }, new { at = "2027-06-01T10:00" } } });
        Assert.That(await DispatchAsync(app), Is.EqualTo(1));

        // 10:00 moves to 11:00; 07:00, already fired, stays and does not fire again; the title is the new one.
        task = await PutAsync(client, task, new { title = "Relancer Anne", reminders = new[] { new { at = "2027-06-01T07:00" }, new { at = "2027-06-01T11:00" } } });
        Assert.That(task.Reminders.Select(r => r.At), Is.EqualTo(new[] { "2027-06-01T07:00", "2027-06-01T11:00" }));
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 1, 8, 30, 0, TimeSpan.Zero), expectedFired: 0);

        // An update without reminders keeps them.
        task = await PutAsync(client, task, new { title = "Relancer Anne B." });
        Assert.That(task.Reminders, Has.Length.EqualTo(2));
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero), expectedFired: 1);

        Assert.That((await NotificationsAsync(client)).Select(n => n.Title), Is.EqualTo(new[] { "Rappel : Relancer Anne B.", "Rappel : Relancer" }));

        // An empty list removes them.
        task = await PutAsync(client, task, new { title = "Relancer Anne B.", reminders = Array.Empty<object>() });
        Assert.That((task.Reminders, await UnfiredAsync(app)), Is.EqualTo((Array.Empty<TaskReminderDto>(), 0)));
    }

    [Test]
    public async Task FiredRemindersAndReadNotifications_AreDeletedOnceOld_UnreadOnesStay_AndAnEditDoesNotBringAStaleReminderBack()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "en", "Europe/Paris");
        using var client = await AdministratorAsync(app);
        var task = await CreateAsync(client, new { title = "Call back", reminders = new[] { new { at = "2027-06-01T09:00" } } });
        await CreateAsync(client, new { title = "Send the quote", reminders = new[] { new { at = "2027-06-01T09:00" } } });
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 1, 7, 0, 0, TimeSpan.Zero), expectedFired: 2);
        var read = (await NotificationsAsync(client)).Single(n => n.Title == "Reminder: Call back");
        await (await client.PostAsync($"/api/v1/notifications/{read.Id}/read", null)).ReadOk<NotificationDto>();

        clock.Advance(TimeSpan.FromDays(29));
        Assert.That(await PurgeAsync(app), Is.EqualTo((0, 0)), "within the retention periods");

        // 31 days on: the fired rows go. An edit then does not schedule the reminder again (its fired row is gone).
        clock.Advance(TimeSpan.FromDays(2));
        Assert.That(await PurgeAsync(app), Is.EqualTo((2, 0)));
        using var later = await AdministratorAsync(app);
        task = await PutAsync(later, task, new { title = "Call back Anne" });
        Assert.That((task.Reminders.Length, await UnfiredAsync(app), await DispatchAsync(app)), Is.EqualTo((1, 0, 0)));

        // 91 days on: the read notification goes, the unread one stays.
        clock.Advance(TimeSpan.FromDays(60));
        Assert.That(await PurgeAsync(app), Is.EqualTo((0, 1)));
        using var latest = await AdministratorAsync(app);
        Assert.That((await NotificationsAsync(latest)).Select(n => (n.Title, n.ReadAtUtc)), Is.EqualTo(new[] { ("Reminder: Send the quote", (DateTimeOffset?)null) }));
    }

    [Test]
    public async Task AUserWhoChangesTimeZone_IsRemindedAtTheSameLocalTimeInTheNewOne_AndNotAgainOfWhatAlreadyWentOff()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "en", "Europe/Paris");
        using var client = await AdministratorAsync(app);
        var task = await CreateAsync(client, new { title = "Call Osaka", reminders = new[] { new { at = "2027-06-01T07:00" }, new { at = "2027-06-02T09:00" } } });
        Assert.That(await DispatchAsync(app), Is.EqualTo(1), "07:00 in Paris is already past");

        var me = await client.GetAsync("/api/v1/me");
        var profile = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { displayName = "Administrator", language = "en", timeZone = "America/New_York" }),
        };
        profile.Headers.IfMatch.Add(me.Headers.ETag!);
        (await client.SendAsync(profile)).EnsureSuccessStatusCode();
        foreach (var publisher in app.Services.GetServices<IOutboxPublisher>())
        {
            await publisher.PublishPendingAsync(CancellationToken.None);
        }

        var moved = await Eventually.Get(
            () => client.GetFromJsonAsync<ReminderTaskDto>($"/api/v1/tasks/{task.Id}"), t => t!.Version > task.Version, "the reminders are read in the new zone");
        Assert.That(moved!.Reminders, Is.EqualTo(new[]
        {
            new TaskReminderDto("2027-06-01T07:00", new DateTimeOffset(2027, 6, 1, 5, 0, 0, TimeSpan.Zero)),
            new TaskReminderDto("2027-06-02T09:00", new DateTimeOffset(2027, 6, 2, 13, 0, 0, TimeSpan.Zero)),
        }));

        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 2, 12, 59, 0, TimeSpan.Zero), expectedFired: 0);
        await AdvanceToAsync(app, clock, new DateTimeOffset(2027, 6, 2, 13, 0, 0, TimeSpan.Zero), expectedFired: 1);
        using var nextDay = await AdministratorAsync(app);
        Assert.That((await NotificationsAsync(nextDay)).Select(n => n.Title), Is.EqualTo(new[] { "Reminder: Call Osaka", "Reminder: Call Osaka" }));
    }

    [Test]
    public async Task BadReminders_AreRefused_NamingTheField()
    {
        var tooMany = await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "T", reminders = Enumerable.Range(1, 6).Select(h => new { at = $"2027-06-01T0{h}:00" }) });
        var withOffset = await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "T", reminders = new[] { new { at = "2027-06-01T09:00" }, new { at = "2027-06-01T09:00+02:00" } } });
        var notADate = await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "T", reminders = new[] { new { at = "tomorrow" } } });

        var errors = new[]
        {
            (await tooMany.AssertProblem(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors"),
            (await withOffset.AssertProblem(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors"),
            (await notADate.AssertProblem(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors"),
        };
        Assert.Multiple(() =>
        {
            Assert.That(errors[0].TryGetProperty("reminders", out _), Is.True, errors[0].ToString());
            Assert.That(errors[1].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "reminders[1].at" }), errors[1].ToString());
            Assert.That(errors[2].TryGetProperty("reminders[0].at", out _), Is.True, errors[2].ToString());
        });
    }

    private static Task<(int Reminders, int Notifications)> PurgeAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<ReminderPurge>().PurgeAsync(CancellationToken.None);

    private static async Task AdvanceToAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, ManualClock clock, DateTimeOffset to, int expectedFired)
    {
        clock.Advance(to - clock.GetUtcNow());
        Assert.That(await DispatchAsync(app), Is.EqualTo(expectedFired), $"fired at {to:O}");
    }

    private static async Task<ReminderTaskDto> CreateAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/tasks", body)).ReadOk<ReminderTaskDto>(HttpStatusCode.Created);

    private static async Task<ReminderTaskDto> PutAsync(HttpClient client, ReminderTaskDto task, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/tasks/{task.Id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{task.Version}\"");
        return await (await client.SendAsync(request)).ReadOk<ReminderTaskDto>();
    }

    private static async Task<ReminderTaskDto> ActAsync(HttpClient client, ReminderTaskDto task, string action)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/{action}");
        request.Headers.IfMatch.ParseAdd($"\"{task.Version}\"");
        return await (await client.SendAsync(request)).ReadOk<ReminderTaskDto>();
    }
}
