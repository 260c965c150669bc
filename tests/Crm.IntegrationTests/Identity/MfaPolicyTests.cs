using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

/// <summary>MFA required by a role, turned off by its user, and reset by an administrator.</summary>
internal sealed class MfaPolicyTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Email = "rita@crm.test";

    [Test]
    public async Task WhenARoleRequiresMfa_AHolderWithoutItGetsNoPermissionUntilTheyEnrol()
    {
        await RequireMfaForSalesRep(true);
        await Users.Create(App, Email, "SalesRep");
        using var rita = App.CreateClient();

        var signedIn = await (await Session.SignIn(rita, Email, Users.Password)).ReadOk<MePolicyDto>();
        Assert.Multiple(() =>
        {
            Assert.That(signedIn.MfaEnrolmentRequired, Is.True);
            Assert.That(signedIn.Permissions, Is.Empty);
        });
        Assert.That((await rita.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await Enrol(rita);

        var me = await (await rita.GetAsync("/api/v1/me")).ReadOk<MePolicyDto>();
        Assert.Multiple(() =>
        {
            Assert.That(me.MfaEnrolmentRequired, Is.False);
            Assert.That(me.Permissions, Does.Contain("contacts.read"));
        });
        Assert.That((await rita.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task MfaCanBeTurnedOffWithACurrentCode_UnlessARoleRequiresIt()
    {
        await Users.Create(App, Email, "SalesRep");
        using var rita = await Users.SignedInClient(App, Email);
        var key = await Enrol(rita);
        await RequireMfaForSalesRep(true);

        await (await rita.PostAsJsonAsync("/api/v1/me/mfa/disable", new { code = AuthenticatorApp.CodeNow(key) }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "mfa.required_by_role");

        await RequireMfaForSalesRep(false);
        await (await rita.PostAsJsonAsync("/api/v1/me/mfa/disable", new { code = "000000" }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "mfa.code_wrong");
        var turnedOff = await rita.PostAsJsonAsync("/api/v1/me/mfa/disable", new { code = AuthenticatorApp.CodeNow(key) });
        Assert.That(turnedOff.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await turnedOff.Content.ReadAsStringAsync());

        var me = await (await rita.GetAsync("/api/v1/me")).ReadOk<MePolicyDto>();
        Assert.That(me.MfaEnabled, Is.False);
        using var again = App.CreateClient();
        Assert.That((await Session.SignIn(again, Email, Users.Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "signs in with the password alone");
    }

    [Test]
    public async Task AnAdministratorResettingMfa_EndsTheSessionsAndTurnsItOff()
    {
        var ritaId = await Users.Create(App, Email, "SalesRep");
        using var rita = await Users.SignedInClient(App, Email);
        await Enrol(rita);

        var reset = await Client.PostAsync($"/api/v1/users/{ritaId}/mfa/reset", null);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await reset.Content.ReadAsStringAsync());
        Assert.That((await rita.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var again = App.CreateClient();
        var me = await (await Session.SignIn(again, Email, Users.Password)).ReadOk<MePolicyDto>();
        Assert.That(me.MfaEnabled, Is.False);
    }

    private async Task RequireMfaForSalesRep(bool required)
    {
        var salesRep = (await (await Client.GetAsync("/api/v1/roles")).ReadOk<List<RoleDto>>()).Single(r => r.Name == "SalesRep");
        await (await Client.PutAsJsonAsync($"/api/v1/roles/{salesRep.Id}", new { name = salesRep.Name, permissions = salesRep.Permissions, requiresMfa = required }))
            .ReadOk<RoleDto>();
    }

    private static async Task<string> Enrol(HttpClient client)
    {
        var enrolment = await (await client.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        await (await client.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) })).ReadOk<RecoveryCodesDto>();
        return enrolment.SharedKey;
    }

    private sealed record MePolicyDto(Guid Id, List<string> Permissions, bool MfaEnabled, bool MfaEnrolmentRequired);
}
