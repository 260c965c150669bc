using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

/// <summary>Tasks, logged interactions and appointments follow contact and company merges to the record kept, and let go of deleted records.</summary>
internal sealed class ActivitiesAndMergesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task MergingContactsOrCompanies_RepointsTheirTasksAndInteractions()
    {
        var kept = await CreateAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Riboud" });
        var twin = await CreateAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Ribou", emails = new[] { new { address = "anne@danone.fr" } } });
        var keptCompany = await CreateAsync("/api/v1/companies", new { name = "Danone" });
        var otherCompany = await CreateAsync("/api/v1/companies", new { name = "Danone SA" });
        var aboutTwin = await CreateAsync("/api/v1/tasks", new { title = "Rappeler Anne", relatedType = "contact", relatedId = twin });
        var aboutOtherCompany = await CreateAsync("/api/v1/tasks", new { title = "Relancer Danone SA", relatedType = "company", relatedId = otherCompany });
        var withBoth = await CreateAsync("/api/v1/interactions", new { kind = "Call", direction = "Outbound", durationSeconds = 60, outcome = "Reached", contactIds = new[] { kept, twin } });
        var withTwin = await CreateAsync("/api/v1/interactions", new { kind = "Visit", notes = "Visite du site", contactIds = new[] { twin }, companyId = otherCompany });
        var meeting = await CreateAsync("/api/v1/appointments", new
        {
            title = "Visite", timeZone = "Europe/Paris", start = "2027-01-05T10:00", end = "2027-01-05T11:00", contactIds = new[] { twin }, relatedType = "company", relatedId = otherCompany,
        });

        await MergeAsync($"/api/v1/contacts/{kept}/merge", new { sourceIds = new[] { twin } });
        await MergeAsync("/api/v1/companies/merges", new { keepId = keptCompany, mergeIds = new[] { otherCompany } });
        await DrainOutboxesAsync();

        var visit = await Eventually.Get(
            () => Client.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{withTwin}"),
            v => v.GetProperty("companyId").GetGuid() == keptCompany && Ids(v.GetProperty("contactIds")).SequenceEqual([kept]),
            "the visit follows both merges");
        var call = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{withBoth}");
        var contactTask = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{aboutTwin}");
        var companyTask = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{aboutOtherCompany}");
        var appointment = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/appointments/{meeting}");

        Assert.Multiple(() =>
        {
            Assert.That(Ids(visit.GetProperty("contactIds")), Is.EqualTo(new[] { kept }));
            Assert.That(Ids(call.GetProperty("contactIds")), Is.EqualTo(new[] { kept }), "a call with both names the kept contact once");
            Assert.That(contactTask.GetProperty("relatedId").GetGuid(), Is.EqualTo(kept));
            Assert.That(companyTask.GetProperty("relatedId").GetGuid(), Is.EqualTo(keptCompany));
            Assert.That(appointment.GetProperty("relatedId").GetGuid(), Is.EqualTo(keptCompany));
            Assert.That(ContactAttendees(appointment), Is.EqualTo(new[] { kept }), "the appointment invites the contact kept");
        });
    }

    [Test]
    public async Task DeletingAContactCompanyOrDeal_DetachesTasksAndAppointments_AndDeletesACallAboutNobodyElse()
    {
        var anne = await CreateAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Riboud" });
        var paul = await CreateAsync("/api/v1/contacts", new { firstName = "Paul", lastName = "Martin" });
        var company = await CreateAsync("/api/v1/companies", new { name = "Danone" });
        var deal = await CreateAsync("/api/v1/deals", new { name = "Logiciel" });
        var aboutAnne = await CreateAsync("/api/v1/tasks", new { title = "Rappeler Anne", relatedType = "contact", relatedId = anne });
        var aboutDeal = await CreateAsync("/api/v1/tasks", new { title = "Relancer", relatedType = "deal", relatedId = deal });
        var onlyAnne = await CreateAsync("/api/v1/interactions", new { kind = "Call", direction = "Outbound", durationSeconds = 60, outcome = "Reached", contactIds = new[] { anne } });
        var anneAndPaul = await CreateAsync("/api/v1/interactions", new { kind = "Visit", notes = "Visite", contactIds = new[] { anne, paul }, companyId = company, dealId = deal });
        var meeting = await CreateAsync("/api/v1/appointments", new
        {
            title = "Démo", timeZone = "Europe/Paris", start = "2027-01-05T10:00", end = "2027-01-05T11:00", contactIds = new[] { anne, paul }, relatedType = "deal", relatedId = deal,
        });

        await DeleteAsync($"/api/v1/contacts/{anne}");
        await DeleteAsync($"/api/v1/companies/{company}");
        await DeleteAsync($"/api/v1/deals/{deal}");
        await DrainOutboxesAsync();

        await Eventually.Get(() => Client.GetAsync($"/api/v1/interactions/{onlyAnne}"), r => r.StatusCode == HttpStatusCode.NotFound, "the call about Anne only is deleted with her");
        var visit = await Eventually.Get(
            () => Client.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{anneAndPaul}"),
            v => v.GetProperty("dealId").ValueKind == JsonValueKind.Null && v.GetProperty("companyId").ValueKind == JsonValueKind.Null,
            "the visit lets go of the company and the deal");
        var appointment = await Eventually.Get(
            () => Client.GetFromJsonAsync<JsonElement>($"/api/v1/appointments/{meeting}"),
            a => a.GetProperty("relatedId").ValueKind == JsonValueKind.Null,
            "the appointment lets go of the deal");
        var anneTask = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{aboutAnne}");
        var dealTask = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{aboutDeal}");

        Assert.Multiple(() =>
        {
            Assert.That(Ids(visit.GetProperty("contactIds")), Is.EqualTo(new[] { paul }));
            Assert.That(ContactAttendees(appointment), Is.EqualTo(new[] { paul }));
            Assert.That((anneTask.GetProperty("title").GetString(), anneTask.GetProperty("relatedId").ValueKind), Is.EqualTo(("Rappeler Anne", JsonValueKind.Null)), "the task is kept");
            Assert.That(dealTask.GetProperty("relatedType").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    private static Guid[] ContactAttendees(JsonElement appointment) =>
        [.. appointment.GetProperty("attendees").EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "Contact").Select(a => a.GetProperty("id").GetGuid())];

    private async Task DeleteAsync(string url)
    {
        var read = await Client.GetAsync(url);
        var delete = new HttpRequestMessage(HttpMethod.Delete, url);
        delete.Headers.IfMatch.Add(read.Headers.ETag!);
        var response = await Client.SendAsync(delete);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private static Guid[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetGuid())];

    private async Task MergeAsync(string url, object body)
    {
        var merge = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        merge.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var response = await Client.SendAsync(merge);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> CreateAsync(string url, object body) =>
        (await (await Client.PostAsJsonAsync(url, body)).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
