using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

/// <summary>Views of the company list, saved and shared as the contact list's are, and kept apart from them.</summary>
internal sealed class CompanySavedViewsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task CompanyView_KeepsItsCompanyFilters_AndStaysOutOfTheContactViews()
    {
        await Client.DefineAsync(new { entity = "Company", key = "budget", label = "Budget", type = "Money" });
        var team = await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "Nord" })).ReadOk<TeamDto>(HttpStatusCode.Created);
        var mateId = await Users.Create(App, "mate@example.com", "SalesRep");
        var me = (await (await Client.GetAsync("/api/v1/me")).ReadOk<MeDto>()).Id;
        await ViewRequests.PutTeamAsync(Client, me, team.Id);
        await ViewRequests.PutTeamAsync(Client, mateId, team.Id);
        using var mate = await Users.SignedInClient(App, "mate@example.com");

        var saved = await (await Client.PostAsJsonAsync("/api/v1/companies/views", new
        {
            name = "Grands comptes",
            q = "dan",
            filters = new[] { "size:in:Enterprise,Large", "cf.budget:gt:1000" },
            sort = "-name",
            columns = new[] { "name", "domains" },
        })).ReadOk<SavedViewDto>(HttpStatusCode.Created);
        Assert.Multiple(async () =>
        {
            Assert.That((saved.Q, saved.Filters, saved.Sort, saved.Columns), Is.EqualTo(("dan", new List<string> { "size:in:Enterprise,Large", "cf.budget:gt:1000" }, "-name", new List<string> { "name", "domains" })));
            Assert.That((await Client.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/companies/views"))!.Select(v => v.Name), Is.EqualTo(new[] { "Grands comptes" }));
            Assert.That(await Client.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/contacts/views"), Is.Empty, "a company view is not a contact view");
            Assert.That(await mate.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/companies/views"), Is.Empty);
        });

        var throughContacts = await ViewRequests.SendAsync(Client, HttpMethod.Delete, $"/api/v1/contacts/views/{saved.Id}", saved.Version, null);
        await throughContacts.AssertProblem(HttpStatusCode.NotFound, "view.not_found");

        var shared = await (await ViewRequests.SendAsync(Client, HttpMethod.Put, $"/api/v1/companies/views/{saved.Id}", saved.Version, new { name = "Grands comptes du Nord", saved.Q, saved.Filters, saved.Sort, saved.Columns, shared = true })).ReadOk<SavedViewDto>();
        var seenByMate = await mate.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/companies/views");
        Assert.That(seenByMate!.Select(v => (v.Name, v.IsMine, v.IsShared)), Is.EqualTo(new[] { ("Grands comptes du Nord", false, true) }));
        var mateChange = await ViewRequests.SendAsync(mate, HttpMethod.Delete, $"/api/v1/companies/views/{saved.Id}", shared.Version, null);
        await mateChange.AssertProblem(HttpStatusCode.Forbidden, "view.not_yours");

        var deleted = await ViewRequests.SendAsync(Client, HttpMethod.Delete, $"/api/v1/companies/views/{saved.Id}", shared.Version, null);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await Client.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/companies/views"), Is.Empty);
    }

    [TestCase("""{ "name": "X", "filters": ["lifecycleStage:eq:customer"] }""", HttpStatusCode.BadRequest, "filter.field_unknown")]
    [TestCase("""{ "name": "X", "sort": "lastName" }""", HttpStatusCode.BadRequest, "sort.field_unknown")]
    [TestCase("""{ "name": "" }""", HttpStatusCode.BadRequest, "view.name_invalid")]
    [TestCase("""{ "name": "X", "shared": true }""", HttpStatusCode.UnprocessableEntity, "view.no_team")]
    public async Task WrongCompanyView_IsRefusedSayingWhy(string body, HttpStatusCode status, string code)
    {
        var response = await Client.PostAsync("/api/v1/companies/views", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
    }
}
