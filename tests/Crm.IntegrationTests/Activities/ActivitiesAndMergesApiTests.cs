using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

/// <summary>Tasks and logged interactions follow contact and company merges to the record kept.</summary>
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

        Assert.Multiple(() =>
        {
            Assert.That(Ids(visit.GetProperty("contactIds")), Is.EqualTo(new[] { kept }));
            Assert.That(Ids(call.GetProperty("contactIds")), Is.EqualTo(new[] { kept }), "a call with both names the kept contact once");
            Assert.That(contactTask.GetProperty("relatedId").GetGuid(), Is.EqualTo(kept));
            Assert.That(companyTask.GetProperty("relatedId").GetGuid(), Is.EqualTo(keptCompany));
        });
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
