using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

/// <summary>Deals seen from the contacts module: on the timelines of their company and contacts, and following merges.</summary>
internal sealed class DealsAndContactsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task OpeningWinningAndLosingDeals_AppearOnTheirCompanysAndContactsTimelines()
    {
        var company = await CreateAsync("/api/v1/companies", new { name = "Danone" });
        var contact = await CreateAsync("/api/v1/contacts", new { lastName = "Riboud" });
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Yaourts 2027", companyId = company, contacts = new[] { new { contactId = contact } } }))
            .ReadOk<DealDto>(HttpStatusCode.Created);
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var move = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{deal.Id}/move") { Content = JsonContent.Create(new { stageId = pipeline.Won.Id }) };
        move.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        await (await Client.SendAsync(move)).ReadOk<DealDto>();
        var second = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Desserts 2027", companyId = company, contacts = new[] { new { contactId = contact } } }))
            .ReadOk<DealDto>(HttpStatusCode.Created);
        var reason = (await Client.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons"))![0];
        var lose = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{second.Id}/move") { Content = JsonContent.Create(new { stageId = pipeline.Lost.Id, lostReasonId = reason.Id }) };
        lose.Headers.IfMatch.ParseAdd($"\"{second.Version}\"");
        await (await Client.SendAsync(lose)).ReadOk<DealDto>();
        await DrainOutboxesAsync();

        string[] expected = ["deal_lost", "deal_created", "deal_won", "deal_created", "created"];
        var companyTimeline = await Eventually.Get(() => KindsAsync($"/api/v1/companies/{company}/timeline"), k => k.Length == 5, "the company's creation, two deals, a win and a loss");
        var contactTimeline = await Eventually.Get(() => KindsAsync($"/api/v1/contacts/{contact}/timeline"), k => k.Length == 5, "the contact's creation, two deals, a win and a loss");
        var items = (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contact}/timeline")).GetProperty("items");
        var lost = items[0].GetProperty("deal");
        var won = items[2].GetProperty("deal");
        Assert.Multiple(() =>
        {
            Assert.That(companyTimeline, Is.EqualTo(expected));
            Assert.That(contactTimeline, Is.EqualTo(expected));
            Assert.That((won.GetProperty("id").GetGuid(), won.GetProperty("name").GetString()), Is.EqualTo((deal.Id, "Yaourts 2027")));
            Assert.That((lost.GetProperty("id").GetGuid(), lost.GetProperty("name").GetString()), Is.EqualTo((second.Id, "Desserts 2027")));
        });
    }

    [Test]
    public async Task MergingContactsOrCompanies_RepointsTheirDeals()
    {
        var kept = await CreateAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Riboud" });
        var twin = await CreateAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Ribou", emails = new[] { new { address = "anne@danone.fr" } } });
        var keptCompany = await CreateAsync("/api/v1/companies", new { name = "Danone" });
        var otherCompany = await CreateAsync("/api/v1/companies", new { name = "Danone SA" });
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Yaourts", companyId = otherCompany, contacts = new[] { new { contactId = twin, role = "Champion" } } }))
            .ReadOk<DealDto>(HttpStatusCode.Created);

        var mergeContacts = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{kept}/merge") { Content = JsonContent.Create(new { sourceIds = new[] { twin } }) };
        mergeContacts.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.That((await Client.SendAsync(mergeContacts)).IsSuccessStatusCode, Is.True);
        var mergeCompanies = new HttpRequestMessage(HttpMethod.Post, "/api/v1/companies/merges") { Content = JsonContent.Create(new { keepId = keptCompany, mergeIds = new[] { otherCompany } }) };
        mergeCompanies.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.That((await Client.SendAsync(mergeCompanies)).IsSuccessStatusCode, Is.True);
        await DrainOutboxesAsync();

        var repointed = await Eventually.Get(
            () => Client.GetFromJsonAsync<DealDto>($"/api/v1/deals/{deal.Id}")!,
            d => d!.Company?.Id == keptCompany && d.Contacts.Any(c => c.ContactId == kept),
            "the deal follows both merges");
        Assert.That(repointed!.Contacts.Select(c => (c.ContactId, c.Role)), Is.EqualTo(new[] { (kept, "Champion") }));
    }

    private async Task<Guid> CreateAsync(string url, object body) =>
        (await (await Client.PostAsJsonAsync(url, body)).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<string[]> KindsAsync(string url) =>
        [.. (await Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!)];
}
