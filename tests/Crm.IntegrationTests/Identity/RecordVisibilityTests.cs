using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// Who sees whose contacts. The sales department ("Sales", managed by the director) has two teams: North (managed by
/// the North manager; rep A and a teammate) and South (rep B).
/// </summary>
internal sealed class RecordVisibilityTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private HttpClient _repA = null!;
    private HttpClient _repB = null!;
    private HttpClient _teammate = null!;
    private HttpClient _northManager = null!;
    private HttpClient _director = null!;
    private Guid _teammateId;
    private Guid _southId;
    private ContactDto _alice = null!;
    private ContactDto _bob = null!;

    [SetUp]
    public async Task CreateTheSalesDepartment()
    {
        var repA = await Users.Create(App, "rep.a@crm.test", "SalesRep");
        var repB = await Users.Create(App, "rep.b@crm.test", "SalesRep");
        _teammateId = await Users.Create(App, "teammate@crm.test", "SalesRep");
        var northManager = await Users.Create(App, "north.manager@crm.test", "SalesManager");
        var director = await Users.Create(App, "director@crm.test", "SalesManager");

        var sales = await CreateTeam("Sales", director, null);
        var north = await CreateTeam("North", northManager, sales.Id);
        _southId = (await CreateTeam("South", null, sales.Id)).Id;
        await PutTeam(repA, north.Id);
        await PutTeam(_teammateId, north.Id);
        await PutTeam(repB, _southId);

        _repA = await Users.SignedInClient(App, "rep.a@crm.test");
        _repB = await Users.SignedInClient(App, "rep.b@crm.test");
        _teammate = await Users.SignedInClient(App, "teammate@crm.test");
        _northManager = await Users.SignedInClient(App, "north.manager@crm.test");
        _director = await Users.SignedInClient(App, "director@crm.test");

        _alice = await (await _repA.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Alice", lastName = "Avery", email = "alice@example.com" }))
            .ReadOk<ContactDto>(HttpStatusCode.Created);
        _bob = await (await _repB.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Bob", lastName = "Brown", email = "bob@example.com" }))
            .ReadOk<ContactDto>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(_alice.OwnerId, Is.EqualTo(repA));
            Assert.That(_bob.OwnerId, Is.EqualTo(repB));
        });
    }

    [TearDown]
    public void SignOutEveryone()
    {
        foreach (var client in new[] { _repA, _repB, _teammate, _northManager, _director })
        {
            client?.Dispose();
        }
    }

    [Test]
    public async Task WithoutARule_EveryReaderSeesEveryContact()
    {
        await AssertSees(_repB, _alice, _bob);
        await AssertSees(_repA, _alice, _bob);
    }

    [Test]
    public async Task UnderOwn_ARepCannotReadListSearchCountOrChangeAnotherRepsContact()
    {
        await SetContactsScope("own");

        await AssertSees(_repA, _alice);
        await AssertSees(_repB, _bob);
        Assert.That((await _repA.GetAsync($"/api/v1/contacts/{_bob.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var searched = await (await _repA.GetAsync("/api/v1/contacts?q=brown")).ReadOk<ContactPage>();
        Assert.That(searched.Items, Is.Empty);
        var byEmail = await (await _repA.GetAsync("/api/v1/contacts/count?q=bob@example.com")).ReadOk<ContactCountDto>();
        Assert.That(byEmail.Count, Is.Zero);

        using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contacts/{_bob.Id}")
        {
            Content = JsonContent.Create(new { firstName = "Robert", lastName = "Brown" }),
        };
        change.Headers.IfMatch.ParseAdd("*");
        await (await _repA.SendAsync(change)).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        var unchanged = await (await Client.GetAsync($"/api/v1/contacts/{_bob.Id}")).ReadOk<ContactDto>();
        Assert.That(unchanged.FirstName, Is.EqualTo("Bob"));
    }

    [Test]
    public async Task UnderOwn_ManagersSeeTheirTeamsAndEveryTeamBelow_AndTeammatesSeeNothingOfEachOther()
    {
        await SetContactsScope("own");

        await AssertSees(_northManager, _alice);
        await AssertSees(_director, _alice, _bob);
        await AssertSees(_teammate);
    }

    [Test]
    public async Task UnderTeam_TeammatesSeeEachOthersContacts_ButNotAnotherTeams()
    {
        await SetContactsScope("team");

        await AssertSees(_teammate, _alice);
        await AssertSees(_repB, _bob);
        await AssertSees(_northManager, _alice);
    }

    [Test]
    public async Task MovingAUserToAnotherTeam_ChangesWhatTheySeeAtOnce()
    {
        await SetContactsScope("team");
        await AssertSees(_teammate, _alice);

        await PutTeam(_teammateId, _southId);

        await AssertSees(_teammate, _bob);
    }

    [Test]
    public async Task AdministratorsAndExecutives_SeeEverythingWhateverTheRule()
    {
        await SetContactsScope("own");
        await Users.Create(App, "executive@crm.test", "Executive");
        using var executive = await Users.SignedInClient(App, "executive@crm.test");

        await AssertSees(Client, _alice, _bob);
        await AssertSees(executive, _alice, _bob);
    }

    [Test]
    public async Task ReassigningAContact_HandsItToTheNewOwner()
    {
        await SetContactsScope("own");
        var repB = _bob.OwnerId;

        using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contacts/{_alice.Id}")
        {
            Content = JsonContent.Create(new { firstName = "Alice", lastName = "Avery", email = "alice@example.com", ownerId = repB }),
        };
        change.Headers.IfMatch.ParseAdd("\"1\"");
        var moved = await (await _repA.SendAsync(change)).ReadOk<ContactDto>();

        Assert.That(moved.OwnerId, Is.EqualTo(repB));
        await AssertSees(_repA);
        await AssertSees(_repB, _alice, _bob);
    }

    [Test]
    public async Task AContactOwnedByNobodyKnown_IsRefused()
    {
        var response = await _repA.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Carl", ownerId = Guid.NewGuid() });

        await response.AssertProblem(HttpStatusCode.BadRequest, "contact.owner_unknown");
    }

    [Test]
    public async Task VisibilityRules_ListEveryRecordType_AndRefuseUnknownScopesAndTypes()
    {
        await SetContactsScope("team");
        var rules = await (await Client.GetAsync("/api/v1/visibility-rules")).ReadOk<List<VisibilityRuleDto>>();
        Assert.That(rules, Does.Contain(new VisibilityRuleDto("contacts", "team")));
        Assert.That(rules, Does.Contain(new VisibilityRuleDto("deals", "all")));

        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "everyone" }))
            .AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/invoices", new { scope = "own" }))
            .AssertProblem(HttpStatusCode.NotFound, "visibility.record_type_unknown");
        Assert.That((await _repA.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "all" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Teams_RefuseLoops_TakenNames_AndDeletingATeamWithMembers()
    {
        var teams = await (await Client.GetAsync("/api/v1/teams")).ReadOk<List<TeamDto>>();
        var sales = teams.Single(t => t.Name == "Sales");
        var north = teams.Single(t => t.Name == "North");
        Assert.That(north.MemberIds, Has.Count.EqualTo(2));

        using var loop = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/teams/{sales.Id}")
        {
            Content = JsonContent.Create(new { name = "Sales", managerId = sales.ManagerId, parentTeamId = north.Id }),
        };
        loop.Headers.IfMatch.ParseAdd($"\"{sales.Version}\"");
        await (await Client.SendAsync(loop)).AssertProblem(HttpStatusCode.UnprocessableEntity, "team.parent_loop");

        await (await Client.PostAsJsonAsync("/api/v1/teams", new { name = "North" })).AssertProblem(HttpStatusCode.Conflict, "team.name_taken");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/teams/{north.Id}");
        delete.Headers.IfMatch.ParseAdd("*");
        await (await Client.SendAsync(delete)).AssertProblem(HttpStatusCode.Conflict, "team.not_empty");
    }

    private async Task AssertSees(HttpClient viewer, params ContactDto[] expected)
    {
        var listed = await (await viewer.GetAsync("/api/v1/contacts")).ReadOk<ContactPage>();
        var counted = await (await viewer.GetAsync("/api/v1/contacts/count")).ReadOk<ContactCountDto>();
        Assert.Multiple(() =>
        {
            Assert.That(listed.Items.Select(c => c.Id), Is.EquivalentTo(expected.Select(c => c.Id)));
            Assert.That(counted.Count, Is.EqualTo(expected.Length));
        });
        foreach (var contact in new[] { _alice, _bob })
        {
            var read = await viewer.GetAsync($"/api/v1/contacts/{contact.Id}");
            var searched = await (await viewer.GetAsync($"/api/v1/contacts?q={contact.LastName.ToUpperInvariant()}")).ReadOk<ContactPage>();
            var visible = expected.Any(c => c.Id == contact.Id);
            Assert.Multiple(() =>
            {
                Assert.That(read.StatusCode, Is.EqualTo(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound), $"{contact.FirstName}");
                Assert.That(searched.Items.Select(c => c.Id), visible ? Is.EqualTo(new[] { contact.Id }) : Is.Empty, $"search {contact.LastName}");
            });
        }
    }

    private async Task SetContactsScope(string scope) =>
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope })).ReadOk<VisibilityRuleDto>();

    private async Task<TeamDto> CreateTeam(string name, Guid? managerId, Guid? parentTeamId) =>
        await (await Client.PostAsJsonAsync("/api/v1/teams", new { name, managerId, parentTeamId })).ReadOk<TeamDto>(HttpStatusCode.Created);

    private async Task PutTeam(Guid userId, Guid teamId)
    {
        var response = await Client.PutAsJsonAsync($"/api/v1/users/{userId}/team", new { teamId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
    }

    private sealed record VisibilityRuleDto(string RecordType, string Scope);
}
