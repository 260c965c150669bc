using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

internal sealed record MeDto(Guid Id, string Email, string DisplayName, string Language, string TimeZone, List<string> Roles, List<string> Permissions);

internal sealed record AttemptDto(Guid Id, string Email, Guid? UserId, bool Succeeded, string? FailureReason, string Method, string? IpAddress, string? UserAgent, DateTimeOffset AttemptedAtUtc);

internal sealed record AttemptPage(List<AttemptDto> Items, string? NextCursor);

internal sealed class SignInTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private HttpClient _anonymous = null!;

    [SetUp]
    public void CreateAnonymousClient() => _anonymous = App.CreateClient();

    [TearDown]
    public void DisposeAnonymousClient() => _anonymous.Dispose();

    private const string Admin = CrmApp.Administrator.Email;
    private const string AdminPassword = CrmApp.Administrator.Password;

    [Test]
    public async Task SignIn_WithTheRightPassword_OpensASessionTheWebAppCanUse()
    {
        var response = await Session.SignIn(_anonymous, Admin, AdminPassword);
        var me = await response.ReadOk<MeDto>();
        var session = Session.SetCookie(response, "crm.session");
        var xsrf = Session.SetCookie(response, "XSRF-TOKEN");
        Assert.Multiple(() =>
        {
            Assert.That(me.Email, Is.EqualTo(Admin));
            Assert.That(me.Roles, Is.EqualTo(new[] { "Administrator" }));
            Assert.That(me.Permissions, Does.Contain("contacts.read").And.Contain("admin.audit"));
            Assert.That(session, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
            Assert.That(xsrf, Is.Not.Null.And.Not.Contain("httponly").IgnoreCase);
        });

        var again = await (await _anonymous.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That(again.Id, Is.EqualTo(me.Id));
    }

    [Test]
    public async Task SignIn_WithAWrongPasswordOrAnUnknownEmail_GivesTheSameAnswer()
    {
        var wrongPassword = await Session.SignIn(_anonymous, Admin, "not the password at all");
        var unknownEmail = await Session.SignIn(_anonymous, "nobody@crm.test", "not the password at all");
        var first = await wrongPassword.AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        var second = await unknownEmail.AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        Assert.That(second.GetProperty("detail").GetString(), Is.EqualTo(first.GetProperty("detail").GetString()));
    }

    [Test]
    public async Task SignIn_WithoutEmailOrPassword_Is400WithFieldErrors()
    {
        var response = await _anonymous.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = "" });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "email", "password" }));
    }

    [Test]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        for (var i = 0; i < 5; i++)
        {
            await (await Session.SignIn(_anonymous, Admin, $"wrong password number {i}")).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        }

        await (await Session.SignIn(_anonymous, Admin, AdminPassword)).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");

        using var auditor = App.CreateClient();
        await CreateUser("dpo@crm.test", "DataProtectionOfficer");
        (await Session.SignIn(auditor, "dpo@crm.test", UserPassword)).EnsureSuccessStatusCode();
        var attempts = await auditor.GetFromJsonAsync<AttemptPage>("/api/v1/auth/sign-in-attempts");
        // The first is the administrator's sign-in that every test starts with.
        Assert.That(attempts!.Items.Where(a => a.Email == Admin).Select(a => a.FailureReason).ToList()[1..], Is.EqualTo(new[] { "wrong_password", "wrong_password", "wrong_password", "wrong_password", "locked_out", "locked_out" }), "the fifth failure locks the account");
    }

    [Test]
    public async Task Me_WithoutASession_Is401Problem()
    {
        var response = await _anonymous.GetAsync("/api/v1/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task SignOut_NeedsTheXsrfHeader_ThenEndsTheSession()
    {
        (await Session.SignIn(_anonymous, Admin, AdminPassword)).EnsureSuccessStatusCode();
        var xsrf = _anonymous.DefaultRequestHeaders.GetValues("X-XSRF-TOKEN").Single();

        _anonymous.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var forged = await _anonymous.PostAsync("/api/v1/auth/sign-out", null);
        await forged.AssertProblem(HttpStatusCode.Forbidden, "antiforgery.invalid");

        _anonymous.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf);
        var signedOut = await _anonymous.PostAsync("/api/v1/auth/sign-out", null);
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _anonymous.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SignInAttempts_AreForHoldersOfAdminAuditOnly()
    {
        Assert.That((await _anonymous.GetAsync("/api/v1/auth/sign-in-attempts")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        await CreateUser("rep@crm.test", "SalesRep");
        (await Session.SignIn(_anonymous, "rep@crm.test", UserPassword)).EnsureSuccessStatusCode();
        Assert.That((await _anonymous.GetAsync("/api/v1/auth/sign-in-attempts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var admin = App.CreateClient();
        (await Session.SignIn(admin, Admin, AdminPassword)).EnsureSuccessStatusCode();
        var attempts = await admin.GetFromJsonAsync<AttemptPage>("/api/v1/auth/sign-in-attempts");
        Assert.That(attempts!.Items.Select(a => (a.Email, a.Succeeded, a.Method)), Is.EqualTo(new[] { (Admin, true, "password"), ("rep@crm.test", true, "password"), (Admin, true, "password") }));
    }

    private const string UserPassword = "a long enough passphrase";

    private async Task CreateUser(string email, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = email };
        var created = await users.CreateAsync(user, UserPassword);
        Assert.That(created.Succeeded, Is.True, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    [Test]
    public async Task ASession_EndsAtItsAbsoluteLifetime_HoweverActive()
    {
        var configuration = App.Services.GetRequiredService<IConfiguration>();
        Assert.That((await Client.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        try
        {
            configuration["Identity:SessionAbsoluteLifetime"] = "00:00:00";

            Assert.That((await Client.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        finally
        {
            configuration["Identity:SessionAbsoluteLifetime"] = null;
        }

        Assert.That((await Client.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the cookie was cleared, not just refused once");
    }
}
