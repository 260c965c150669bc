using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Activities.Contracts;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

internal sealed class MeetingsHeldTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AMeetingThatTookPlace_IsToldOnce_AndShowsOnTheTimelinesOfItsContactsAndCompany()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        using var client = await AdministratorAsync(app);
        var contact = await CreateAsync(client, "/api/v1/contacts", new { lastName = "Riboud" });
        var declined = await CreateAsync(client, "/api/v1/contacts", new { lastName = "Absent" });
        var company = await CreateAsync(client, "/api/v1/companies", new { name = "Danone" });
        var meeting = await (await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Visite de l'usine", location = "Évian", timeZone = "Europe/Paris", start = "2026-12-01T14:00", end = "2026-12-01T16:00",
            contactIds = new[] { contact, declined }, relatedType = "company", relatedId = company,
        })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var meetingId = meeting.GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/v1/appointments/{meetingId}/answer", new { response = "Declined", contactId = declined })).EnsureSuccessStatusCode();

        clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(59)); // 14:59 UTC: still under way.
        await RecordAsync(app);
        Assert.That(await HeldAsync(app), Is.Empty);

        clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(app);
        await RecordAsync(app);
        var held = await HeldAsync(app);
        Assert.That(held.Select(e => (e.AppointmentId, e.StartUtc, e.EndUtc)), Is.EqualTo(new[]
        {
            (meetingId, new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)),
        }), "told once");
        Assert.That(held[0].ContactIds, Is.EqualTo(new[] { contact }), "not the contact who declined");

        foreach (var publisher in app.Services.GetServices<IOutboxPublisher>())
        {
            await publisher.PublishPendingAsync(CancellationToken.None);
        }

        foreach (var (kind, id) in new[] { ("contacts", contact), ("companies", company) })
        {
            var entry = await Eventually.Get(
                async () => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/{kind}/{id}/timeline")).GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("kind").GetString() == "meeting"),
                i => i.ValueKind == JsonValueKind.Object,
                $"the meeting on the {kind} timeline");
            Assert.That((entry.GetProperty("meeting").GetProperty("title").GetString(), entry.GetProperty("meeting").GetProperty("location").GetString()), Is.EqualTo(("Visite de l'usine", "Évian")));
        }
    }

    [Test]
    public async Task EachOccurrenceOfASeries_IsToldAsItEnds_AndACancelledSeriesNoLonger()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        using var client = await AdministratorAsync(app);
        var meeting = await (await client.PostAsJsonAsync("/api/v1/appointments", new
        {
            title = "Point quotidien", timeZone = "Europe/Paris", start = "2026-12-01T10:00", end = "2026-12-01T10:15", recurrence = "FREQ=DAILY",
        })).ReadOk<JsonElement>(HttpStatusCode.Created);

        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(2)); // 3 December, 10:00 UTC: three mornings over.
        await RecordAsync(app);
        Assert.That((await HeldAsync(app)).Select(e => e.StartUtc.Day), Is.EqualTo(new[] { 1, 2, 3 }));

        using var later = await AdministratorAsync(app); // the first session has expired on this clock
        var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}/cancel");
        cancel.Headers.IfMatch.ParseAdd($"\"{(await later.GetFromJsonAsync<JsonElement>($"/api/v1/appointments/{meeting.GetProperty("id").GetGuid()}")).GetProperty("version").GetInt32()}\"");
        (await later.SendAsync(cancel)).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromDays(3));
        await RecordAsync(app);
        Assert.That(await HeldAsync(app), Has.Count.EqualTo(3));
    }

    private static Task<int> RecordAsync(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<MeetingsHeld>().RecordAsync(CancellationToken.None);

    private static async Task<List<MeetingHeldIntegrationEvent>> HeldAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type.Contains(nameof(MeetingHeldIntegrationEvent)))
            .Select(m => m.Payload).ToListAsync();
        return [.. messages.Select(p => JsonSerializer.Deserialize<MeetingHeldIntegrationEvent>(p, JsonSerializerOptions.Web)!).OrderBy(e => e.StartUtc)];
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string url, object body) =>
        (await (await client.PostAsJsonAsync(url, body)).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
