using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

internal sealed record RoleDto(Guid Id, string Name, bool IsBuiltIn, bool RequiresMfa, List<string> Permissions);

internal sealed class RolesTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ACustomRole_GivesExactlyItsPermissions_AndAChangeAppliesAtTheHoldersNextRequest()
    {
        var role = await CreateRole("Assistant", ["contacts.read"]);
        await Users.Create(App, "assistant@crm.test", "Assistant");
        using var assistant = await Users.SignedInClient(App, "assistant@crm.test");

        var me = await (await assistant.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That(me.Permissions, Is.EqualTo(new[] { "contacts.read" }));
        Assert.That((await assistant.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await assistant.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var changed = await (await Client.PutAsJsonAsync($"/api/v1/roles/{role.Id}", new { name = "Sales assistant", permissions = new[] { "contacts.read", "contacts.write" }, requiresMfa = false }))
            .ReadOk<RoleDto>();

        Assert.That(changed.Permissions, Is.EqualTo(new[] { "contacts.read", "contacts.write" }));
        Assert.That((await assistant.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var roles = await (await Client.GetAsync("/api/v1/roles")).ReadOk<List<RoleDto>>();
        Assert.That(roles.Select(r => r.Name), Does.Contain("Sales assistant").And.Contain("Administrator"));
    }

    [Test]
    public async Task ARole_RefusesUnknownPermissions_TakenNames_AndRenamingABuiltInRole()
    {
        await (await Client.PostAsJsonAsync("/api/v1/roles", new { name = "Odd", permissions = new[] { "contacts.fly" } }))
            .AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await Client.PostAsJsonAsync("/api/v1/roles", new { name = "SalesRep", permissions = Array.Empty<string>() }))
            .AssertProblem(HttpStatusCode.Conflict, "role.name_taken");

        var salesRep = (await (await Client.GetAsync("/api/v1/roles")).ReadOk<List<RoleDto>>()).Single(r => r.Name == "SalesRep");
        await (await Client.PutAsJsonAsync($"/api/v1/roles/{salesRep.Id}", new { name = "Sellers", permissions = salesRep.Permissions, requiresMfa = false }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "role.built_in");
        var mfaOnly = await (await Client.PutAsJsonAsync($"/api/v1/roles/{salesRep.Id}", new { name = "SalesRep", permissions = salesRep.Permissions, requiresMfa = true }))
            .ReadOk<RoleDto>();
        Assert.That(mfaOnly.RequiresMfa, Is.True);
        await (await Client.DeleteAsync($"/api/v1/roles/{salesRep.Id}")).AssertProblem(HttpStatusCode.UnprocessableEntity, "role.built_in");
    }

    [Test]
    public async Task ARoleInUse_CannotBeDeleted_UntilNobodyHoldsIt()
    {
        var role = await CreateRole("Temp", ["contacts.read"]);
        var userId = await Users.Create(App, "temp@crm.test", "Temp");

        await (await Client.DeleteAsync($"/api/v1/roles/{role.Id}")).AssertProblem(HttpStatusCode.Conflict, "role.in_use");
        var roles = await (await Client.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles = new[] { "SalesRep" } })).ReadOk<RolesDto>();
        Assert.That(roles.Roles, Is.EqualTo(new[] { "SalesRep" }));
        Assert.That((await Client.DeleteAsync($"/api/v1/roles/{role.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task AUserAdministrator_CannotGiveMoreThanTheyHold()
    {
        await CreateRole("UserAdmin", ["admin.users"]);
        var userAdminId = await Users.Create(App, "useradmin@crm.test", "UserAdmin");
        using var userAdmin = await Users.SignedInClient(App, "useradmin@crm.test");

        await (await userAdmin.PutAsJsonAsync($"/api/v1/users/{userAdminId}/roles", new { roles = new[] { "UserAdmin", "Administrator" } }))
            .AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        await (await userAdmin.PostAsJsonAsync("/api/v1/roles", new { name = "Everything", permissions = new[] { "admin.users", "compliance.erase" } }))
            .AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        await (await userAdmin.PostAsJsonAsync("/api/v1/users/invitations", new { email = "friend@crm.test", displayName = "Friend", roles = new[] { "Administrator" } }))
            .AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        await (await userAdmin.PutAsJsonAsync($"/api/v1/users/{userAdminId}/roles", new { roles = new[] { "UserAdmin", "Mar\u212AetingManager" } }))
            .AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        var me = await (await userAdmin.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That(me.Roles, Is.EqualTo(new[] { "UserAdmin" }));
    }

    [Test]
    public async Task AUserAdministrator_CannotLoosenWhatGuardsMorePowerfulAccounts()
    {
        await CreateRole("UserAdmin", ["admin.users"]);
        await Users.Create(App, "useradmin@crm.test", "UserAdmin");
        using var userAdmin = await Users.SignedInClient(App, "useradmin@crm.test");
        var administrator = (await (await Client.GetAsync("/api/v1/roles")).ReadOk<List<RoleDto>>()).Single(r => r.Name == "Administrator");
        var adminId = (await (await Client.GetAsync("/api/v1/me")).ReadOk<MeDto>()).Id;

        await (await userAdmin.PutAsJsonAsync($"/api/v1/roles/{administrator.Id}", new { name = "Administrator", permissions = administrator.Permissions, requiresMfa = true }))
            .AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        await (await userAdmin.PostAsync($"/api/v1/users/{adminId}/mfa/reset", null)).AssertProblem(HttpStatusCode.Forbidden, "role.beyond_your_rights");
        await (await userAdmin.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "all" }))
            .AssertProblem(HttpStatusCode.Forbidden, "visibility.beyond_your_rights");
        await (await userAdmin.PostAsJsonAsync("/api/v1/teams", new { name = "Mine" }))
            .AssertProblem(HttpStatusCode.Forbidden, "visibility.beyond_your_rights");
        await (await Client.PostAsync($"/api/v1/users/{adminId}/mfa/reset", null)).AssertProblem(HttpStatusCode.UnprocessableEntity, "mfa.reset_self");
    }

    [Test]
    public async Task TheLastActiveAdministrator_KeepsTheRole()
    {
        var me = await (await Client.GetAsync("/api/v1/me")).ReadOk<MeDto>();

        await (await Client.PutAsJsonAsync($"/api/v1/users/{me.Id}/roles", new { roles = new[] { "SalesRep" } }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "user.last_administrator");
    }

    private async Task<RoleDto> CreateRole(string name, string[] permissions) =>
        await (await Client.PostAsJsonAsync("/api/v1/roles", new { name, permissions, requiresMfa = false })).ReadOk<RoleDto>(HttpStatusCode.Created);

    private sealed record RolesDto(List<string> Roles);
}
