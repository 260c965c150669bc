using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

/// <summary>Changes to many companies at once, on ticked companies or a whole filtered list, run in the background as the contacts' are.</summary>
internal sealed class CompanyBulkActionsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AddTag_ToAWholeFilteredList_TagsThoseCompaniesOnly_AndRemoveTagTakesItBack()
    {
        await CreateAsync("Danone", "Enterprise", ["grand compte"]);
        var michelin = await CreateAsync("Michelin", "Enterprise", []);
        await CreateAsync("Atelier Martin", "Micro", []);

        var done = await RunAsync(new { action = "AddTag", tag = "salon-2026", filters = new[] { "size:eq:enterprise" } });

        Assert.That((done.Status, done.Total, done.Done, done.Changed), Is.EqualTo(("Completed", 2, 2, 2)));
        Assert.That(await NamesAsync("filter=tags:eq:salon-2026&sort=name"), Is.EqualTo(new[] { "Danone", "Michelin" }));
        var again = await RunAsync(new { action = "AddTag", tag = "SALON-2026", filters = new[] { "size:eq:enterprise" } });
        Assert.That(again.Changed, Is.Zero, "a company holding the tag is not changed again");

        var removed = await RunAsync(new { action = "RemoveTag", tag = "salon-2026", companyIds = new[] { michelin } });
        Assert.That(removed.Changed, Is.EqualTo(1));
        Assert.That(await NamesAsync("filter=tags:eq:salon-2026"), Is.EqualTo(new[] { "Danone" }));
        var company = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{michelin}");
        Assert.That(company!.Version, Is.EqualTo(3), "each change is a new version of the company");
    }

    [Test]
    public async Task SetField_AndAssignOwner_OnTickedCompanies_ChangeThemOnly()
    {
        await Client.DefineAsync(new { entity = "Company", key = "tier", label = "Tier", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        var danone = await CreateAsync("Danone", "Enterprise", []);
        var michelin = await CreateAsync("Michelin", "Enterprise", []);
        await CreateAsync("Atelier Martin", "Micro", []);
        var colleague = await Users.Create(App, "colleague@example.com", "SalesRep");

        await RunAsync(new { action = "SetField", field = "cf.tier", value = "Grand compte", companyIds = new[] { danone, michelin } });
        var assigned = await RunAsync(new { action = "AssignOwner", ownerId = colleague, companyIds = new[] { michelin } });

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("filter=cf.tier:eq:grand_compte&sort=name"), Is.EqualTo(new[] { "Danone", "Michelin" }));
            Assert.That(await NamesAsync($"filter=ownerId:eq:{colleague}"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(assigned.Changed, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Delete_OnASearch_DeletesOnlyWhatTheCallerSees_AndAParentOnlyWithAllItsSubsidiaries()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        await CreateAsync("Bouygues", "Enterprise", []);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var parent = await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Bouygues Holding" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Bouygues Telecom", parentCompanyId = parent.Id })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Bouygues Immobilier" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        var keptParent = await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Bouygues Construction" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Colas", parentCompanyId = keptParent.Id })).ReadOk<CompanyDto>(HttpStatusCode.Created);

        var accepted = await rep.PostAsJsonAsync("/api/v1/companies/bulk-actions", new { action = "Delete", q = "bouygues" });
        var asked = await accepted.ReadOk<BulkActionDto>(HttpStatusCode.Accepted);
        Assert.That(accepted.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/companies/bulk-actions/{asked.Id}"));
        var done = await Eventually.Get(() => rep.GetFromJsonAsync<BulkActionDto>($"/api/v1/companies/bulk-actions/{asked.Id}")!, b => b!.Status is "Completed" or "Failed", "the bulk delete");

        Assert.That((done!.Status, done.Total, done.Changed), Is.EqualTo(("Completed", 4, 3)), "a parent goes with its subsidiary; one whose subsidiary is not selected stays");
        Assert.That(await NamesAsync("sort=name"), Is.EqualTo(new[] { "Bouygues", "Bouygues Construction", "Colas" }), "the administrator's Bouygues stays");
        Assert.That((await Client.GetAsync($"/api/v1/companies/bulk-actions/{asked.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an action is its requester's");
        Assert.That((await rep.GetAsync($"/api/v1/contacts/bulk-actions/{asked.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a company action is not a contact action");
    }

    [TestCase("""{ "action": "AddTag" }""", HttpStatusCode.BadRequest, "bulk.tag_invalid")]
    [TestCase("""{ "action": "AssignOwner", "ownerId": "0199b0a4-0000-7000-8000-000000000000" }""", HttpStatusCode.BadRequest, "bulk.owner_unknown")]
    [TestCase("""{ "action": "SetField", "field": "lifecycleStage", "value": "Customer" }""", HttpStatusCode.BadRequest, "bulk.field_unknown")]
    [TestCase("""{ "action": "SetField", "field": "cf.seats", "value": 3 }""", HttpStatusCode.BadRequest, "bulk.field_unknown")]
    [TestCase("""{ "action": "Delete", "filters": ["lastName:eq:x"] }""", HttpStatusCode.BadRequest, "filter.field_unknown")]
    public async Task WrongCompanyBulkAction_IsRefusedBeforeAnythingChanges(string body, HttpStatusCode status, string code)
    {
        await Client.DefineAsync(new { entity = "Contact", key = "seats", label = "Seats", type = "Number" });
        await CreateAsync("Danone", "Enterprise", []);
        var response = await Client.PostAsync("/api/v1/companies/bulk-actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
        Assert.That(await NamesAsync(string.Empty), Is.EqualTo(new[] { "Danone" }));
    }

    private Task<BulkActionDto> RunAsync(object body) => BulkActionRequests.RunAsync(Client, "/api/v1/companies/bulk-actions", body);

    private async Task<Guid> CreateAsync(string name, string size, string[] tags) =>
        (await (await Client.PostAsJsonAsync("/api/v1/companies", new { name, size, tags })).ReadOk<CompanyDto>(HttpStatusCode.Created)).Id;

    private async Task<string[]> NamesAsync(string query) =>
        [.. (await (await Client.GetAsync($"/api/v1/companies?{query}")).ReadOk<CompanyListDto>()).Items.Select(c => c.Name)];
}
