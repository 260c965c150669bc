using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Web;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

/// <summary>The identity issue's "done when", in one go: from the invitation to an API call made with a token.</summary>
internal sealed class NewUserJourneyTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Email = "nadia@crm.test";
    private const string Password = "orange kettle under the bridge";

    [Test]
    public async Task AnInvitedUser_SetsAPassword_EnrolsMfa_SignsIn_CreatesAToken_AndCallsTheApiWithIt()
    {
        var invited = await (await Client.PostAsJsonAsync("/api/v1/users/invitations", new { email = Email, displayName = "Nadia", roles = new[] { "SalesRep" } }))
            .ReadOk<InvitedDto>(HttpStatusCode.Created);
        var link = HttpUtility.ParseQueryString(new Uri(invited.InvitationLink).Fragment.TrimStart('#'));

        using var browser = App.CreateClient();
        var accepted = await browser.PostAsJsonAsync("/api/v1/auth/invitations/accept", new { userId = link["user"], token = link["token"], password = Password });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await accepted.Content.ReadAsStringAsync());

        (await Session.SignIn(browser, Email, Password)).EnsureSuccessStatusCode();
        var enrolment = await (await browser.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        await (await browser.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) })).ReadOk<RecoveryCodesDto>();
        Assert.That((await browser.PostAsync("/api/v1/auth/sign-out", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var nextDay = App.CreateClient();
        await (await Session.SignIn(nextDay, Email, Password)).ReadOk<SecondFactorDto>(HttpStatusCode.Accepted);
        var verified = await nextDay.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.OK), await verified.Content.ReadAsStringAsync());
        Session.EchoXsrf(nextDay, verified);

        var token = await (await nextDay.PostAsJsonAsync("/api/v1/me/tokens", new { name = "spreadsheet sync", scopes = new[] { "contacts.read" }, expiresInDays = 30 }))
            .ReadOk<CreatedTokenDto>(HttpStatusCode.Created);

        using var integration = App.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        Assert.That((await integration.GetAsync("/api/v1/contacts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await integration.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "beyond the token's scope");
    }
}
