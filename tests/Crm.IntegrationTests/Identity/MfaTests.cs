using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Modules.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

internal sealed record EnrolmentDto(string SharedKey, string OtpAuthUri, string QrCodePngBase64);

internal sealed record RecoveryCodesDto(List<string> RecoveryCodes);

internal sealed record SecondFactorDto(bool SecondFactorRequired, string VerifyAt);

/// <summary>The authenticator app is Otp.NET, an implementation independent of the server's.</summary>
internal sealed class MfaTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Email = "mia@crm.test";

    [Test]
    public async Task Enrolment_GivesAKeyUriAndQrCode_AndAWrongCodeDoesNotTurnMfaOn()
    {
        using var mia = await SignedInUser();
        var enrolment = await (await mia.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        var png = Convert.FromBase64String(enrolment.QrCodePngBase64);
        Assert.Multiple(() =>
        {
            Assert.That(enrolment.OtpAuthUri, Does.StartWith("otpauth://totp/").And.Contain("secret=" + enrolment.SharedKey).And.Contain("issuer=Crm"));
            Assert.That(png[..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "a PNG image");
        });

        var wrong = await mia.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = "000000" == AuthenticatorApp.CodeNow(enrolment.SharedKey) ? "111111" : "000000" });
        await wrong.AssertProblem(HttpStatusCode.UnprocessableEntity, "mfa.code_wrong");
        Assert.That((await mia.GetFromJsonAsync<MeWithMfa>("/api/v1/me"))!.MfaEnabled, Is.False);
    }

    [Test]
    public async Task WithMfa_SignInNeedsTheAppsCode()
    {
        var key = await EnrolledUser();
        using var browser = App.CreateClient();

        var first = await Session.SignIn(browser, Email, Users.Password);
        var step = await first.ReadOk<SecondFactorDto>(HttpStatusCode.Accepted);
        Assert.Multiple(async () =>
        {
            Assert.That(step.VerifyAt, Is.EqualTo("/api/v1/auth/mfa/verify"));
            Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "no session before the code");
        });

        var verified = await browser.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = AuthenticatorApp.CodeNow(key) });
        var me = await verified.ReadOk<MeWithMfa>();
        Assert.That(me.MfaEnabled, Is.True);
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheAuthenticatorKey_IsNotStoredInClear()
    {
        var key = await EnrolledUser();

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var stored = await db.Set<IdentityUserToken<Guid>>().Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync();

        Assert.That(stored, Is.Not.Null.And.Not.Contains(key));
    }

    [Test]
    public async Task WithMfa_AWrongCodeIsRefused()
    {
        var key = await EnrolledUser();
        using var browser = App.CreateClient();
        await Session.SignIn(browser, Email, Users.Password);
        var wrongCode = AuthenticatorApp.CodeNow(key) == "123456" ? "654321" : "123456";
        var refused = await browser.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = wrongCode });
        await refused.AssertProblem(HttpStatusCode.Unauthorized, "auth.second_factor_refused");
    }

    [Test]
    public async Task RecoveryCode_WorksOnceInsteadOfTheApp()
    {
        var codes = await EnrolledUserRecoveryCodes();
        using var first = App.CreateClient();
        await Session.SignIn(first, Email, Users.Password);
        var verified = await first.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { recoveryCode = codes[3].ToLowerInvariant() });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.OK), await verified.Content.ReadAsStringAsync());

        using var second = App.CreateClient();
        await Session.SignIn(second, Email, Users.Password);
        var reused = await second.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { recoveryCode = codes[3] });
        await reused.AssertProblem(HttpStatusCode.Unauthorized, "auth.second_factor_refused");
    }

    [Test]
    public async Task Verify_WithoutThePasswordStep_Is401()
    {
        using var stranger = App.CreateClient();
        var response = await stranger.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = "123456" });
        await response.AssertProblem(HttpStatusCode.Unauthorized, "auth.second_factor_expired");
    }

    private async Task<string> EnrolledUser() => (await Enrol()).Key;

    private async Task<List<string>> EnrolledUserRecoveryCodes() => (await Enrol()).Codes;

    private async Task<(string Key, List<string> Codes)> Enrol()
    {
        using var mia = await SignedInUser();
        var enrolment = await (await mia.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        var confirmed = await (await mia.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) })).ReadOk<RecoveryCodesDto>();
        Assert.That(confirmed.RecoveryCodes, Has.Count.EqualTo(10).And.Unique.And.All.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$"));
        return (enrolment.SharedKey, confirmed.RecoveryCodes);
    }

    private async Task<HttpClient> SignedInUser()
    {
        await Users.Create(App, Email, "SalesRep");
        var client = App.CreateClient();
        (await Session.SignIn(client, Email, Users.Password)).EnsureSuccessStatusCode();
        return client;
    }

    private sealed record MeWithMfa(Guid Id, bool MfaEnabled);
}
