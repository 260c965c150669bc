using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// The colleagues' directory: names and teams that every built-in role reads (to show owners and offer them in pickers),
/// without what only administrators of users see.
/// </summary>
internal sealed class DirectoryTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string RepEmail = "rep@crm.test";

    [Test]
    public async Task ASalesRep_ReadsEveryColleaguesNameTeamAndWhetherActive_AndNothingMore()
    {
        var managerId = await CreatePerson("manager@crm.test", "Maëlle Manager", "SalesManager");
        var repId = await CreatePerson(RepEmail, "Rémi Rep", "SalesRep");
        var departedId = await CreatePerson("departed@crm.test", "Denis Departed", "SalesRep");
        var sales = await CreateTeam("Ventes", managerId, null);
        var north = await CreateTeam("Nord", null, sales);
        Assert.That((await Client.PutAsJsonAsync($"/api/v1/users/{repId}/team", new { teamId = north })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Client.PostAsync($"/api/v1/users/{departedId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var rep = await Users.SignedInClient(App, RepEmail);

        var people = await (await rep.GetAsync("/api/v1/directory/people")).ReadOk<JsonElement>();
        var teams = await (await rep.GetAsync("/api/v1/directory/teams")).ReadOk<JsonElement>();

        var adminList = await rep.GetAsync("/api/v1/users");
        var items = people.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(adminList.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the rep does not administer users");
            Assert.That(
                items.Select(p => (p.GetProperty("id").GetGuid(), p.GetProperty("displayName").GetString(), GuidOf(p, "teamId"), p.GetProperty("isActive").GetBoolean())),
                Is.SupersetOf(new[]
                {
                    (managerId, "Maëlle Manager", (Guid?)null, true), (repId, "Rémi Rep", north, true), (departedId, "Denis Departed", null, false),
                }));
            Assert.That(items.SelectMany(p => p.EnumerateObject().Select(property => property.Name)).Distinct(), Is.EquivalentTo(new[] { "id", "displayName", "teamId", "isActive" }));
            Assert.That(
                teams.EnumerateArray().Select(t => (t.GetProperty("id").GetGuid(), t.GetProperty("name").GetString(), GuidOf(t, "parentTeamId"), GuidOf(t, "managerId"))),
                Is.EqualTo(new[] { (north, "Nord", (Guid?)sales, (Guid?)null), (sales, "Ventes", null, managerId) }));
        });
    }

    [Test]
    public async Task People_ArePagedByKeyset()
    {
        foreach (var n in Enumerable.Range(1, 4))
        {
            await CreatePerson($"person{n}@crm.test", $"Person {n}", "SupportAgent");
        }

        using var agent = await Users.SignedInClient(App, "person1@crm.test");
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await agent.GetAsync($"/api/v1/directory/people?limit=2&cursor={cursor}")).ReadOk<JsonElement>();
            var ids = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
            Assert.That(ids, Has.Count.InRange(1, 2));
            seen.AddRange(ids);
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Multiple(() =>
        {
            Assert.That(seen, Has.Count.EqualTo(5).And.Unique, "four agents and the administrator");
            Assert.That(pages, Is.EqualTo(3));
        });
        await (await agent.GetAsync("/api/v1/directory/people?cursor=not-a-cursor")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    [TestCase("/api/v1/directory/people")]
    [TestCase("/api/v1/directory/teams")]
    public async Task AnonymousCallers_AreRefused(string path)
    {
        using var anonymous = App.CreateClient();
        Assert.That((await anonymous.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("/api/v1/directory/people")]
    [TestCase("/api/v1/directory/teams")]
    public async Task AUserWhoseRolesDoNotHoldTheDirectoryPermission_IsRefused(string path)
    {
        await CreatePerson("outsider@crm.test", "Outsider");
        using var outsider = await Users.SignedInClient(App, "outsider@crm.test");
        Assert.That((await outsider.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static Guid? GuidOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetGuid() : null;

    private async Task<Guid> CreatePerson(string email, string displayName, params string[] roles)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = displayName };
        Assert.That((await users.CreateAsync(user, Users.Password)).Succeeded, Is.True);
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user.Id;
    }

    private async Task<Guid> CreateTeam(string name, Guid? managerId, Guid? parentTeamId) =>
        (await (await Client.PostAsJsonAsync("/api/v1/teams", new { name, managerId, parentTeamId })).ReadOk<TeamDto>(HttpStatusCode.Created)).Id;
}
