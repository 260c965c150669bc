using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

internal sealed class UpcomingAppointmentsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string From = "2026-12-01T00:00:00Z";

    [Test]
    public async Task AContactsUpcomingAppointments_AreThoseTheyAttendOrThatAreAboutThem_SoonestFirst_InTheCallersZone()
    {
        await AppointmentsApiTests.SetTimeZoneAsync(Client, "Europe/Paris");
        var contactId = await CreateContactAsync("Riboud");
        var otherId = await CreateContactAsync("Martin");
        await CreateAsync(new { title = "Déjeuner", timeZone = "America/New_York", start = "2026-12-03T12:00", end = "2026-12-03T13:00", contactIds = new[] { contactId } });
        await CreateAsync(new { title = "Préparer la visite", start = "2026-12-02T09:00", end = "2026-12-02T09:30", relatedType = "contact", relatedId = contactId });
        await CreateAsync(new { title = "Avant", start = "2026-11-30T09:00", end = "2026-11-30T10:00", contactIds = new[] { contactId } });
        await CreateAsync(new { title = "Pas lui", start = "2026-12-02T10:00", end = "2026-12-02T11:00", contactIds = new[] { otherId } });
        var cancelled = await CreateAsync(new { title = "Annulé", start = "2026-12-02T11:00", end = "2026-12-02T12:00", contactIds = new[] { contactId } });
        await (await SendAsync(HttpMethod.Post, $"/api/v1/appointments/{cancelled.GetProperty("id").GetGuid()}/cancel", cancelled.GetProperty("version").GetInt32())).ReadOk<JsonElement>();

        var upcoming = await ListAsync(Client, $"contactId={contactId}&from={From}");
        Assert.Multiple(() =>
        {
            Assert.That(upcoming.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Paris"));
            Assert.That(Titles(upcoming), Is.EqualTo(new[] { "Préparer la visite", "Déjeuner" }), "not the past, cancelled or someone else's ones");
            Assert.That(upcoming.GetProperty("items")[1].GetProperty("start").GetString(), Is.EqualTo("2026-12-03T18:00:00+01:00"), "noon in New York is 18:00 in Paris");
            Assert.That(upcoming.GetProperty("items")[1].GetProperty("contactIds").EnumerateArray().Select(c => c.GetGuid()), Is.EqualTo(new[] { contactId }));
        });
    }

    [Test]
    public async Task ADealsUpcomingAppointments_ExpandASeriesToItsNextOccurrences_UpToTheLimit()
    {
        await AppointmentsApiTests.SetTimeZoneAsync(Client, "Europe/Paris");
        var dealId = Guid.NewGuid();
        await CreateAsync(new { title = "Point hebdo", start = "2026-11-02T10:00", end = "2026-11-02T10:30", recurrence = "FREQ=WEEKLY;BYDAY=MO", relatedType = "deal", relatedId = dealId });
        await CreateAsync(new { title = "Démo", start = "2026-12-08T14:00", end = "2026-12-08T15:00", relatedType = "deal", relatedId = dealId });
        await CreateAsync(new { title = "Autre affaire", start = "2026-12-08T15:00", end = "2026-12-08T16:00", relatedType = "deal", relatedId = Guid.NewGuid() });

        var upcoming = await ListAsync(Client, $"relatedType=deal&relatedId={dealId}&from={From}&limit=4");
        Assert.Multiple(() =>
        {
            Assert.That(Titles(upcoming), Is.EqualTo(new[] { "Point hebdo", "Démo", "Point hebdo", "Point hebdo" }));
            Assert.That(upcoming.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("occurrenceStart").GetString()),
                Is.EqualTo(new[] { "2026-12-07T10:00:00", "2026-12-08T14:00:00", "2026-12-14T10:00:00", "2026-12-21T10:00:00" }));
            Assert.That(upcoming.GetProperty("items")[0].GetProperty("recurring").GetBoolean(), Is.True);
        });

        var later = await ListAsync(Client, $"relatedType=deal&relatedId={dealId}&from=2029-01-01T00:00:00Z");
        Assert.That(later.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("title").GetString()} {i.GetProperty("occurrenceStart").GetString()}").Take(4),
            Is.EqualTo(new[] { "Point hebdo 2029-01-01T10:00:00", "Point hebdo 2029-01-08T10:00:00", "Point hebdo 2029-01-15T10:00:00", "Point hebdo 2029-01-22T10:00:00" }));

        var renewalId = Guid.NewGuid();
        await CreateAsync(new { title = "Renouvellement", start = "2029-06-01T10:00", end = "2029-06-01T11:00", relatedType = "deal", relatedId = renewalId });
        await CreateAsync(new { title = "Revue trimestrielle", start = "2029-07-02T10:00", end = "2029-07-02T11:00", recurrence = "FREQ=MONTHLY;COUNT=3", relatedType = "deal", relatedId = renewalId });
        var farAhead = await ListAsync(Client, $"relatedType=deal&relatedId={renewalId}&from={From}");
        Assert.That(Titles(farAhead), Is.EqualTo(new[] { "Renouvellement", "Revue trimestrielle", "Revue trimestrielle", "Revue trimestrielle" }),
            "meetings years ahead, and a series starting then, are listed too");
    }

    [Test]
    public async Task ARep_SeesOnlyTheAppointmentsTheyMaySee_AboutARecord()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/activities", new { scope = "own" })).ReadOk<object>();
        var dealId = Guid.NewGuid();
        await CreateAsync(new { title = "Comité", timeZone = "Europe/Paris", start = "2026-12-03T14:00", end = "2026-12-03T16:00", relatedType = "deal", relatedId = dealId });
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        Assert.That(Titles(await ListAsync(rep, $"relatedType=deal&relatedId={dealId}&from={From}")), Is.Empty, "an admin's meeting the rep does not attend");

        await CreateAsync(new { title = "Visite", timeZone = "Europe/Paris", start = "2026-12-04T14:00", end = "2026-12-04T16:00", relatedType = "deal", relatedId = dealId, userIds = new[] { repId } });
        Assert.That(Titles(await ListAsync(rep, $"relatedType=deal&relatedId={dealId}&from={From}")), Is.EqualTo(new[] { "Visite" }), "one they are invited to");
    }

    [TestCase("", "appointments.filter_required")]
    [TestCase("relatedType=deal", "appointments.related_invalid")]
    [TestCase("relatedType=planet&relatedId=5f0c4c43-7d0e-4a7e-9f43-7c1a3b1f2d10", "appointments.related_invalid")]
    [TestCase("contactId=5f0c4c43-7d0e-4a7e-9f43-7c1a3b1f2d10&limit=51", "appointments.limit_invalid")]
    public async Task AnUnclearListing_IsRefused(string query, string code) =>
        await (await Client.GetAsync($"/api/v1/appointments?{query}")).AssertProblem(HttpStatusCode.BadRequest, code);

    private static string[] Titles(JsonElement upcoming) =>
        [.. upcoming.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/appointments?{query}")).ReadOk<JsonElement>();

    private async Task<JsonElement> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/appointments", body)).ReadOk<JsonElement>(HttpStatusCode.Created);

    private async Task<Guid> CreateContactAsync(string lastName) =>
        (await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName, email = $"{lastName.ToLowerInvariant()}@client.example" })).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, int version)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return Client.SendAsync(request);
    }
}
