using System.Net;
using System.Net.Http.Json;
using System.Globalization;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

/// <summary>
/// A fired reminder by mail (a real SMTP server in the tests' process), and reminders that survive a restart of the
/// host without firing twice.
/// </summary>
internal sealed class ReminderDeliveryTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private SmtpTestServer _smtp = null!;

    [OneTimeSetUp]
    public async Task StartSmtpServer() => _smtp = await SmtpTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopSmtpServer() => await _smtp.DisposeAsync();

    [SetUp]
    public void ForgetReceivedMail() => _smtp.Clear();

    [Test]
    public async Task AFiredReminder_IsEmailedToItsUser_InTheirLanguage_AndAFailedMailLeavesItFired()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock, new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:Timeout"] = "00:00:10",
            ["Mail:FromAddress"] = "crm@acme.test",
            ["Crm:PublicUrl"] = "https://crm.acme.test/",
        });
        await Users.Create(app, "rep@example.com");
        await Users.Create(app, $"gone@{SmtpTestServer.RefusedDomain}");
        var repId = await SetPreferencesAsync(app, "rep@example.com", "en", "Europe/London");
        var goneId = await SetPreferencesAsync(app, $"gone@{SmtpTestServer.RefusedDomain}", "fr", "Europe/Paris");
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        var mine = await CreateAsync(client, new { title = "Appeler Anne", reminders = new[] { new { at = "2027-06-01T09:00" } } });
        var theirs = await CreateAsync(client, new { title = "Call Bruno", assigneeId = repId, reminders = new[] { new { at = "2027-06-01T08:00" } } });
        await CreateAsync(client, new { title = "Refused", assigneeId = goneId, reminders = new[] { new { at = "2027-06-01T09:00" } } });
        clock.Advance(TimeSpan.FromHours(1)); // 07:00 UTC: 09:00 in Paris, 08:00 in London

        Assert.That(await DispatchAsync(app), Is.EqualTo(3), "the refused mail does not stop the others, nor un-fire its reminder");
        Assert.That(await DispatchAsync(app), Is.Zero);

        var french = _smtp.Received.Single(m => m.EnvelopeTo.Contains(CrmApp.Administrator.Email));
        var english = _smtp.Received.Single(m => m.EnvelopeTo.Contains("rep@example.com"));
        Assert.Multiple(() =>
        {
            Assert.That(_smtp.Received, Has.Count.EqualTo(2), "the refused recipient got nothing");
            Assert.That(french.Message.Subject, Is.EqualTo("Rappel : Appeler Anne"));
            Assert.That(french.Message.TextBody, Does.Contain("Bonjour").And.Contain("09:00").And.Contain($"https://crm.acme.test/tasks?id={mine}"));
            Assert.That(english.Message.Subject, Is.EqualTo("Reminder: Call Bruno"));
            Assert.That(english.Message.TextBody, Does.Contain("Hello").And.Contain("08:00").And.Contain($"https://crm.acme.test/tasks?id={theirs}"));
            Assert.That(french.Message.From.Mailboxes.Single().Address, Is.EqualTo("crm@acme.test"));
        });
        using var gone = await Users.SignedInClient(App, $"gone@{SmtpTestServer.RefusedDomain}");
        Assert.That((await NotificationsAsync(gone)).Single().Title, Is.EqualTo("Rappel : Refused"));
    }

    [Test]
    public async Task WithoutMailSettings_AReminderIsANotificationOnly()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        using var client = await AdministratorAsync(app);
        await CreateAsync(client, new { title = "Appeler", reminders = new[] { new { at = "2027-06-01T07:00" } } });
        clock.Advance(TimeSpan.FromHours(1));

        Assert.That(await DispatchAsync(app), Is.EqualTo(1));
        Assert.Multiple(async () =>
        {
            Assert.That(_smtp.Received, Is.Empty);
            Assert.That(await NotificationsAsync(client), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task AfterARestart_FiredRemindersDoNotFireAgain_AndPendingOnesFireOnTheNewHost()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        Guid early;
        await using (var before = OnClock(App, clock))
        {
            using var client = await AdministratorAsync(before);
            early = (await CreateAsync(client, new { title = "Early", reminders = new[] { new { at = "2027-06-01T08:30" } } }));
            await CreateAsync(client, new { title = "Late", reminders = new[] { new { at = "2027-06-01T10:00" } } });
            clock.Advance(TimeSpan.FromHours(1));
            Assert.That(await DispatchAsync(before), Is.EqualTo(1));
        }

        // A new process on the same database, later.
        clock.Advance(TimeSpan.FromHours(2));
        await using var restarted = App.Restart(relayEnabled: false);
        await using var after = OnClock(restarted, clock);
        Assert.That(await DispatchAsync(after), Is.EqualTo(1), "only the late one");
        Assert.That(await DispatchAsync(after), Is.Zero);

        using var reader = await AdministratorAsync(after);
        var notifications = await NotificationsAsync(reader);
        Assert.Multiple(() =>
        {
            Assert.That(notifications.Select(n => n.Title), Is.EqualTo(new[] { "Rappel : Late", "Rappel : Early" }));
            Assert.That(notifications[1].Link, Is.EqualTo($"/tasks?id={early}"));
        });
    }

    private static async Task<Guid> CreateAsync(HttpClient client, object body) =>
        (await (await client.PostAsJsonAsync("/api/v1/tasks", body)).ReadOk<ReminderTaskDto>(HttpStatusCode.Created)).Id;
}
