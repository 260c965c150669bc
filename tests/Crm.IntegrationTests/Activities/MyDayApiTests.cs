using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Activities;

internal sealed class MyDayApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    // 01:30 in Paris on the day its clocks go forward (02:00 → 03:00): that day ends at 22:00 UTC, two hours before
    // UTC's own day does, so a task at 22:30 UTC is tomorrow's for a Parisian.
    private static readonly DateTimeOffset Now = new(2027, 3, 28, 0, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task MyDay_HoldsMyOpenTasksOverdueAndDueToday_InMyTimeZone()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ManualClock(Now))));
        using var client = await SignedInAsync(app);
        var me = await client.GetAsync("/api/v1/me");
        var profile = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { displayName = "Admin", language = "fr", timeZone = "Europe/Paris" }),
        };
        profile.Headers.IfMatch.Add(me.Headers.ETag!);
        (await client.SendAsync(profile)).EnsureSuccessStatusCode();

        await CreateAsync(client, new { title = "Yesterday", dueDate = "2027-03-27" });
        await CreateAsync(client, new { title = "Twenty minutes ago", dueAtUtc = "2027-03-28T00:10:00Z" });
        await CreateAsync(client, new { title = "Today", dueDate = "2027-03-28" });
        await CreateAsync(client, new { title = "Tonight at 23:30", dueAtUtc = "2027-03-28T21:30:00Z" });
        await CreateAsync(client, new { title = "Tomorrow at 00:30", dueAtUtc = "2027-03-28T22:30:00Z" });
        await CreateAsync(client, new { title = "Tomorrow", dueDate = "2027-03-29" });
        await CreateAsync(client, new { title = "Undated" });
        await CreateAsync(client, new { title = "The rep's", dueDate = "2027-03-20", assigneeId = repId });
        var done = await CreateAsync(client, new { title = "Done already", dueDate = "2027-03-20" });
        var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{done.GetProperty("id").GetGuid()}/complete");
        complete.Headers.IfMatch.ParseAdd($"\"{done.GetProperty("version").GetInt32()}\"");
        (await client.SendAsync(complete)).EnsureSuccessStatusCode();

        await CreateAppointmentAsync(client, new { title = "Déjeuner client", start = "2027-03-28T12:30", end = "2027-03-28T14:00" });
        await CreateAppointmentAsync(client, new { title = "Salon", allDay = true, startDate = "2027-03-27", endDate = "2027-03-28" });
        await CreateAppointmentAsync(client, new { title = "Demain", start = "2027-03-29T00:30", end = "2027-03-29T01:00" });
        await CreateAppointmentAsync(client, new { title = "Annulé", start = "2027-03-28T09:00", end = "2027-03-28T10:00" }, cancel: true);

        var day = await client.GetFromJsonAsync<JsonElement>("/api/v1/tasks/my-day");

        Assert.Multiple(() =>
        {
            Assert.That(day.GetProperty("today").GetString(), Is.EqualTo("2027-03-28"));
            Assert.That(day.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Paris"));
            Assert.That(Titles(day.GetProperty("overdue")), Is.EquivalentTo(new[] { "Yesterday", "Twenty minutes ago" }));
            Assert.That(Titles(day.GetProperty("dueToday")), Is.EquivalentTo(new[] { "Today", "Tonight at 23:30" }));
            Assert.That(Titles(day.GetProperty("meetings")), Is.EqualTo(new[] { "Salon", "Déjeuner client" }));
            Assert.That(day.GetProperty("meetings")[1].GetProperty("start").GetString(), Is.EqualTo("2027-03-28T12:30:00+02:00"));
        });
    }

    private static string[] Titles(JsonElement tasks) => [.. tasks.EnumerateArray().Select(t => t.GetProperty("title").GetString()!)];

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/tasks", body)).ReadOk<JsonElement>(HttpStatusCode.Created);

    private static async Task CreateAppointmentAsync(HttpClient client, object body, bool cancel = false)
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/appointments", body)).ReadOk<JsonElement>(HttpStatusCode.Created);
        if (cancel)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/appointments/{created.GetProperty("id").GetGuid()}/cancel");
            request.Headers.IfMatch.ParseAdd($"\"{created.GetProperty("version").GetInt32()}\"");
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        return client;
    }
}
