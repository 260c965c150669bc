using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

internal sealed class NotificationsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Test]
    public async Task MyNotifications_AreListedNewestFirst_CountedWhileUnread_AndMarkedRead()
    {
        var me = await MyIdAsync(Client);
        var first = await NotifyAsync(App, me, "First");
        var second = await NotifyAsync(App, me, "Second");
        var third = await NotifyAsync(App, me, "Third");

        var page = await Client.GetFromJsonAsync<NotificationPageDto>("/api/v1/notifications?limit=2");
        var rest = await Client.GetFromJsonAsync<NotificationPageDto>($"/api/v1/notifications?limit=2&cursor={page!.NextCursor}");
        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(n => n.Title), Is.EqualTo(new[] { "Third", "Second" }));
            Assert.That(rest!.Items.Select(n => n.Title), Is.EqualTo(new[] { "First" }));
            Assert.That(rest.NextCursor, Is.Null);
            Assert.That(page.Items.Select(n => n.ReadAtUtc), Has.All.Null);
        });
        Assert.That(await UnreadAsync(Client), Is.EqualTo(3));

        var read = await (await Client.PostAsync($"/api/v1/notifications/{second}/read", null)).ReadOk<NotificationDto>();
        await Task.Delay(50);
        var again = await (await Client.PostAsync($"/api/v1/notifications/{second}/read", null)).ReadOk<NotificationDto>();
        Assert.Multiple(() =>
        {
            Assert.That(read.ReadAtUtc, Is.Not.Null);
            Assert.That(again.ReadAtUtc, Is.EqualTo(read.ReadAtUtc).Within(TimeSpan.FromMilliseconds(1)), "a second read keeps the first time (as stored: SQLite keeps milliseconds)");
        });
        Assert.That(await UnreadAsync(Client), Is.EqualTo(2));
        var unread = await Client.GetFromJsonAsync<NotificationPageDto>("/api/v1/notifications?unread=true");
        Assert.That(unread!.Items.Select(n => n.Id), Is.EqualTo(new[] { third, first }));

        var marked = await (await Client.PostAsync("/api/v1/notifications/read-all", null)).ReadOk<JsonElement>();
        Assert.Multiple(async () =>
        {
            Assert.That(marked.GetProperty("marked").GetInt32(), Is.EqualTo(2));
            Assert.That(await UnreadAsync(Client), Is.Zero);
        });
    }

    [Test]
    public async Task SomeoneElsesNotification_IsNeitherListedNorReadable()
    {
        var me = await MyIdAsync(Client);
        var mine = await NotifyAsync(App, me, "Mine");
        await Users.Create(App, "rep@example.com");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        await (await rep.PostAsync($"/api/v1/notifications/{mine}/read", null)).AssertProblem(HttpStatusCode.NotFound, "notification.not_found");
        Assert.Multiple(async () =>
        {
            Assert.That(await NotificationsAsync(rep), Is.Empty);
            Assert.That(await UnreadAsync(rep), Is.Zero);
            Assert.That((await (await rep.PostAsync("/api/v1/notifications/read-all", null)).ReadOk<JsonElement>()).GetProperty("marked").GetInt32(), Is.Zero);
            Assert.That(await UnreadAsync(Client), Is.EqualTo(1), "still unread for its owner");
        });
    }

    [Test]
    public async Task TheNotificationsApi_NeedsASignedInCaller()
    {
        using var anonymous = App.CreateClient();
        Assert.That((await anonymous.GetAsync("/api/v1/notifications/unread-count")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TheStream_DeliversANotificationCreatedAfterConnecting()
    {
        var me = await MyIdAsync(Client);
        await NotifyAsync(App, me, "Before connecting");
        using var stream = await OpenStreamAsync(Client);

        await NotifyAsync(App, me, "Live");

        var notification = await stream.NextNotificationAsync(TimeSpan.FromSeconds(10));
        Assert.That((notification.Title, notification.Kind, notification.ReadAtUtc), Is.EqualTo(("Live", "reminder", (DateTimeOffset?)null)));
    }

    [Test]
    public async Task TheStream_DeliversANotificationWrittenByAnotherProcess_AtItsNextPoll()
    {
        var me = await MyIdAsync(Client);
        using var stream = await OpenStreamAsync(Client);

        // Another host on the same database: no in-process signal reaches this one's stream, its poll does.
        await using WebApplicationFactory<Program> other = App.Restart(relayEnabled: false);
        await NotifyAsync(other, me, "From the other host");

        var notification = await stream.NextNotificationAsync(TimeSpan.FromSeconds(10));
        Assert.That(notification.Title, Is.EqualTo("From the other host"));
    }

    [Test]
    public async Task TheStream_DeliversAFiredReminder_ToItsUserOnly()
    {
        var me = await MyIdAsync(Client);
        await Users.Create(App, "rep@example.com");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        using var mine = await OpenStreamAsync(Client);
        using var theirs = await OpenStreamAsync(rep);

        var created = await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Now", reminders = new[] { new { at = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) } } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await DispatchAsync(App), Is.EqualTo(1));

        var notification = await mine.NextNotificationAsync(TimeSpan.FromSeconds(10));
        Assert.That(notification.Title, Is.EqualTo("Rappel : Now"));
        Assert.That(await theirs.HasNotificationWithinAsync(TimeSpan.FromSeconds(3)), Is.False, "another user's stream stays quiet");
        Assert.That(me, Is.Not.EqualTo(Guid.Empty));
    }

    private static async Task<Guid> MyIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread-count")).GetProperty("count").GetInt32();

    private static async Task<EventStream> OpenStreamAsync(HttpClient client)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/stream"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        });
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.That(await stream.ReadLineAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(": connected"), "the stream is open once the first comment arrives");
        return stream;
    }

    /// <summary>Reads a server-sent events stream line by line.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        private Task<string?>? _pending;

        public async Task<string?> ReadLineAsync(TimeSpan timeout)
        {
            _pending ??= reader.ReadLineAsync();
            var line = await _pending.WaitAsync(timeout);
            _pending = null;
            return line;
        }

        /// <summary>The next <c>data:</c> of a <c>notification</c> event; fails after <paramref name="timeout"/>.</summary>
        public async Task<NotificationDto> NextNotificationAsync(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    Assert.Fail($"No notification event within {timeout}.");
                }

                string? line;
                try
                {
                    line = await ReadLineAsync(left);
                }
                catch (TimeoutException)
                {
                    Assert.Fail($"No notification event within {timeout}.");
                    throw;
                }

                Assert.That(line, Is.Not.Null, "the stream ended");
                if (line!.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return JsonSerializer.Deserialize<NotificationDto>(line["data: ".Length..], Json)!;
                }
            }
        }

        public async Task<bool> HasNotificationWithinAsync(TimeSpan wait)
        {
            var deadline = DateTime.UtcNow + wait;
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    if ((await ReadLineAsync(deadline - DateTime.UtcNow))?.StartsWith("data: ", StringComparison.Ordinal) == true)
                    {
                        return true;
                    }
                }
                catch (TimeoutException)
                {
                    return false;
                }
            }

            return false;
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
