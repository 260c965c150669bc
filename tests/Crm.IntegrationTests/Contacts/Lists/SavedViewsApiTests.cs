using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

internal sealed record SavedViewDto(Guid Id, string Name, string? Q, List<string> Filters, string? Sort, List<string> Columns, bool IsShared, bool IsMine, int Version);

/// <summary>Views of the contact list saved per user, and shared with the user's team.</summary>
internal sealed class SavedViewsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task SavedView_KeepsItsFiltersSortAndColumns_ForItsOwnerOnly_UntilShared()
    {
        var team = await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "Nord" })).ReadOk<TeamDto>(HttpStatusCode.Created);
        var mateId = await Users.Create(App, "mate@example.com", "SalesRep");
        await Users.Create(App, "stranger@example.com", "SalesRep");
        var me = (await (await Client.GetAsync("/api/v1/me")).ReadOk<MeDto>()).Id;
        await ViewRequests.PutTeamAsync(Client, me, team.Id);
        await ViewRequests.PutTeamAsync(Client, mateId, team.Id);
        using var mate = await Users.SignedInClient(App, "mate@example.com");
        using var stranger = await Users.SignedInClient(App, "stranger@example.com");

        var saved = await (await Client.PostAsJsonAsync("/api/v1/contacts/views", new
        {
            name = "Mes clients",
            filters = new[] { "lifecycleStage:eq:customer" },
            sort = "-lastName",
            columns = new[] { "lastName", "email", "lastName" },
        })).ReadOk<SavedViewDto>(HttpStatusCode.Created);
        Assert.That((saved.Filters, saved.Sort, saved.Columns, saved.IsShared), Is.EqualTo((new List<string> { "lifecycleStage:eq:customer" }, "-lastName", new List<string> { "lastName", "email" }, false)));
        Assert.That(await mate.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/contacts/views"), Is.Empty);

        var shared = await ViewRequests.SendAsync(Client, HttpMethod.Put, $"/api/v1/contacts/views/{saved.Id}", saved.Version, new { name = "Clients du Nord", filters = saved.Filters, sort = saved.Sort, columns = saved.Columns, shared = true });
        var sharedView = await shared.ReadOk<SavedViewDto>();
        var seenByMate = await mate.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/contacts/views");
        Assert.Multiple(async () =>
        {
            Assert.That(seenByMate!.Select(v => (v.Name, v.IsMine)), Is.EqualTo(new[] { ("Clients du Nord", false) }));
            Assert.That(await stranger.GetFromJsonAsync<List<SavedViewDto>>("/api/v1/contacts/views"), Is.Empty);
        });

        var mateChange = await ViewRequests.SendAsync(mate, HttpMethod.Delete, $"/api/v1/contacts/views/{saved.Id}", sharedView.Version, null);
        await mateChange.AssertProblem(HttpStatusCode.Forbidden, "view.not_yours");
        var strangerChange = await ViewRequests.SendAsync(stranger, HttpMethod.Delete, $"/api/v1/contacts/views/{saved.Id}", sharedView.Version, null);
        await strangerChange.AssertProblem(HttpStatusCode.NotFound, "view.not_found");
        var deleted = await ViewRequests.SendAsync(Client, HttpMethod.Delete, $"/api/v1/contacts/views/{saved.Id}", sharedView.Version, null);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [TestCase("""{ "name": "X", "filters": ["nickname:eq:x"] }""", HttpStatusCode.BadRequest, "filter.field_unknown")]
    [TestCase("""{ "name": "X", "sort": "nickname" }""", HttpStatusCode.BadRequest, "sort.field_unknown")]
    [TestCase("""{ "name": " " }""", HttpStatusCode.BadRequest, "view.name_invalid")]
    [TestCase("""{ "name": "X", "shared": true }""", HttpStatusCode.UnprocessableEntity, "view.no_team")]
    public async Task WrongView_IsRefusedSayingWhy(string body, HttpStatusCode status, string code)
    {
        var response = await Client.PostAsync("/api/v1/contacts/views", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
    }
}
