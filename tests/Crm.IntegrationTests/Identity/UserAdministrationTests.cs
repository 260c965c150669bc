using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Web;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

internal sealed record UserDto(Guid Id, string Email, string DisplayName, string Language, string TimeZone, bool IsActive, bool HasPassword, List<string> Roles, DateTimeOffset CreatedAtUtc);

internal sealed record InvitedDto(UserDto User, string InvitationLink, DateTimeOffset ExpiresAtUtc);

internal sealed record UserPage(List<UserDto> Items, string? NextCursor);

internal sealed class UserAdministrationTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string NewPassword = "my own long passphrase";

    [Test]
    public async Task InvitedUser_SetsAPasswordOnce_ThenSignsInWithTheirRoles()
    {
        var invited = await Invite("lea@crm.test", "SalesRep");
        Assert.Multiple(() =>
        {
            Assert.That(invited.User.HasPassword, Is.False);
            Assert.That(invited.ExpiresAtUtc, Is.EqualTo(DateTimeOffset.UtcNow.AddHours(72)).Within(TimeSpan.FromMinutes(1)));
        });

        using var lea = App.CreateClient();
        var (userId, token) = ReadLink(invited.InvitationLink);
        var accepted = await lea.PostAsJsonAsync("/api/v1/auth/invitations/accept", new { userId, token, password = NewPassword });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await accepted.Content.ReadAsStringAsync());

        var again = await lea.PostAsJsonAsync("/api/v1/auth/invitations/accept", new { userId, token, password = "another long passphrase" });
        await again.AssertProblem(HttpStatusCode.UnprocessableEntity, "invitation.invalid");

        var me = await (await Session.SignIn(lea, "lea@crm.test", NewPassword)).ReadOk<MeDto>();
        Assert.Multiple(() =>
        {
            Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));
            Assert.That(me.Permissions, Does.Contain("contacts.write").And.Not.Contain("admin.users"));
        });
    }

    [Test]
    public async Task AcceptInvitation_WithAWeakPassword_SaysWhyAndKeepsTheInvitation()
    {
        var invited = await Invite("weak@crm.test", "SalesRep");
        using var anonymous = App.CreateClient();
        var (userId, token) = ReadLink(invited.InvitationLink);
        var weak = await anonymous.PostAsJsonAsync("/api/v1/auth/invitations/accept", new { userId, token, password = "password1234" });
        await weak.AssertProblem(HttpStatusCode.BadRequest, "password.refused");

        var accepted = await anonymous.PostAsJsonAsync("/api/v1/auth/invitations/accept", new { userId, token, password = NewPassword });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task Invite_WithBadFields_SaysWhichOnes()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email = "not-an-email", displayName = "", timeZone = "Mars/Olympus", language = "de" });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "email", "displayName", "timeZone", "language" }));
    }

    [Test]
    public async Task Invite_AnEmailInUse_Is409_AndAnUnknownRole_Is400()
    {
        var taken = await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email = CrmApp.Administrator.Email, displayName = "Again" });
        await taken.AssertProblem(HttpStatusCode.Conflict, "user.email_taken");
        var unknownRole = await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email = "x@crm.test", displayName = "X", roles = new[] { "Pirate" } });
        await unknownRole.AssertProblem(HttpStatusCode.BadRequest, "user.role_unknown");
    }

    [Test]
    public async Task DeactivatedUser_LosesSessionAndTokensAtOnce_UntilReactivated()
    {
        await Users.Create(App, "sam@crm.test", "SalesRep");
        using var sam = App.CreateClient();
        (await Session.SignIn(sam, "sam@crm.test", Users.Password)).EnsureSuccessStatusCode();
        var token = await (await sam.PostAsJsonAsync("/api/v1/me/tokens", new { name = "sync", scopes = new[] { "contacts.read" }, expiresInDays = 7 }))
            .ReadOk<CreatedTokenDto>(HttpStatusCode.Created);
        using var samsIntegration = App.CreateClient();
        samsIntegration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        var samId = (await sam.GetFromJsonAsync<MeDto>("/api/v1/me"))!.Id;

        Assert.That((await Client.PostAsync($"/api/v1/users/{samId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.Multiple(async () =>
        {
            Assert.That((await sam.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the open session ended");
            Assert.That((await samsIntegration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the token stopped");
            Assert.That((await Session.SignIn(sam, "sam@crm.test", Users.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });

        Assert.That((await Client.PostAsync($"/api/v1/users/{samId}/reactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Session.SignIn(sam, "sam@crm.test", Users.Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Deactivate_Yourself_Is422()
    {
        var me = await Client.GetFromJsonAsync<MeDto>("/api/v1/me");
        var response = await Client.PostAsync($"/api/v1/users/{me!.Id}/deactivate", null);
        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "user.cannot_deactivate_self");
    }

    [Test]
    public async Task ListUsers_ShowsEachUserWithRolesAndState()
    {
        await Invite("ana@crm.test", "SupportAgent", "SalesRep");
        var users = (await Client.GetFromJsonAsync<UserPage>("/api/v1/users"))!.Items;
        var ana = users.Single(u => u.Email == "ana@crm.test");
        Assert.Multiple(() =>
        {
            Assert.That(users.Select(u => u.Email), Is.EquivalentTo(new[] { CrmApp.Administrator.Email, "ana@crm.test" }));
            Assert.That(ana.Roles, Is.EqualTo(new[] { "SalesRep", "SupportAgent" }));
            Assert.That(ana.IsActive, Is.True);
            Assert.That(ana.HasPassword, Is.False);
        });
    }

    private async Task<InvitedDto> Invite(string email, params string[] roles)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email, displayName = email, roles });
        return await response.ReadOk<InvitedDto>(HttpStatusCode.Created);
    }

    private static (Guid UserId, string Token) ReadLink(string link)
    {
        var query = HttpUtility.ParseQueryString(new Uri(link).Fragment.TrimStart('#'));
        return (Guid.Parse(query["user"]!), query["token"]!);
    }
}
