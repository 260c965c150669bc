using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity.Ldap;

/// <summary>
/// Sign-in against the run's real OpenLDAP, on PostgreSQL and on SQLite, through an app of its own configured for the
/// directory (the shared apps have no LDAP), emptied before each test like the shared ones.
/// </summary>
[TestFixture(DatabaseProvider.Postgres)]
[TestFixture(DatabaseProvider.Sqlite)]
internal sealed class LdapSignInTests(DatabaseProvider provider)
{
    private const string SignInPath = "/api/v1/auth/ldap/sign-in";
    private SharedApp _app = null!;
    private HttpClient _browser = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp() => _app = await SharedApp.StartAsync(provider, TestDirectory.AppSettings());

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [SetUp]
    public async Task EmptyDatabase()
    {
        await _app.ResetAsync();
        _browser = _app.App.CreateClient();
        _admin = await _app.App.CreateAdministratorClientAsync();
    }

    [TearDown]
    public void DisposeClients()
    {
        _browser.Dispose();
        _admin.Dispose();
    }

    [Test]
    public async Task FirstSignIn_ProvisionsTheAccount_WithTheRolesOfTheMappedGroups()
    {
        var response = await SignIn(_browser, "bob", TestDirectory.Password("bob"));
        var me = await response.ReadOk<MeDto>();
        Assert.Multiple(() =>
        {
            Assert.That(me.Email, Is.EqualTo("bob@crm.test"));
            Assert.That(me.DisplayName, Is.EqualTo("Bob Dupont"));
            Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));
            Assert.That(me.Permissions, Does.Contain("deals.write").And.Not.Contain("admin.audit"));
            Assert.That(Session.SetCookie(response, "crm.session"), Does.Contain("httponly").IgnoreCase);
        });

        var again = await (await _browser.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That(again.Id, Is.EqualTo(me.Id), "the cookie opens the session");

        // A group mapped by DN, and a role name in another case, work too.
        using var alice = _app.App.CreateClient();
        Assert.That((await (await SignIn(alice, "alice", TestDirectory.Password("alice"))).ReadOk<MeDto>()).Roles, Is.EqualTo(new[] { "Administrator" }));
    }

    [Test]
    public async Task AMappedRoleThatDoesNotExist_IsSkipped_NotAServerError()
    {
        var me = await (await SignIn(_browser, "carol", TestDirectory.Password("carol"))).ReadOk<MeDto>();
        Assert.That(me.Roles, Is.EqualTo(new[] { "SupportAgent" }));
    }

    [Test]
    public async Task SecondSignIn_ByUidOrEmail_ReusesTheAccount()
    {
        var first = await (await SignIn(_browser, "bob", TestDirectory.Password("bob"))).ReadOk<MeDto>();
        using var again = _app.App.CreateClient();
        var second = await (await SignIn(again, " Bob@crm.test ", TestDirectory.Password("bob"))).ReadOk<MeDto>();
        Assert.That(second.Id, Is.EqualTo(first.Id));

        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.That(users.Users.Count(u => u.Email == "bob@crm.test"), Is.EqualTo(1));
    }

    [Test]
    public async Task ALocalAccountWithTheSameEmail_IsLinked_NotDuplicated()
    {
        await Users.Create(_app.App, "erin@crm.test", "Executive");
        var local = await (await Session.SignIn(_app.App.CreateClient(), "erin@crm.test", Users.Password)).ReadOk<MeDto>();

        var viaDirectory = await (await SignIn(_browser, "erin", TestDirectory.Password("erin"))).ReadOk<MeDto>();
        Assert.Multiple(() =>
        {
            Assert.That(viaDirectory.Id, Is.EqualTo(local.Id));
            Assert.That(viaDirectory.Roles, Is.EqualTo(new[] { "Executive" }), "roles no group maps are the administrator's to set");
        });
    }

    [Test]
    public async Task AGroupChangeInTheDirectory_ChangesTheRolesAtTheNextSignIn()
    {
        var before = await (await SignIn(_browser, "dave", TestDirectory.Password("dave"))).ReadOk<MeDto>();
        Assert.That(before.Roles, Is.EqualTo(new[] { "SalesRep" }));
        await GiveRole("dave@crm.test", "DataProtectionOfficer");

        await TestDirectory.MoveAsync("dave", "crm-sales", "crm-admins");
        try
        {
            using var later = _app.App.CreateClient();
            var after = await (await SignIn(later, "dave", TestDirectory.Password("dave"))).ReadOk<MeDto>();
            Assert.Multiple(() =>
            {
                Assert.That(after.Id, Is.EqualTo(before.Id));
                Assert.That(after.Roles, Is.EqualTo(new[] { "Administrator", "DataProtectionOfficer" }), "SalesRep follows the directory, the unmapped role stays");
            });

            await TestDirectory.MoveAsync("dave", "crm-admins", null);
            using var latest = _app.App.CreateClient();
            var outOfEveryGroup = await (await SignIn(latest, "dave", TestDirectory.Password("dave"))).ReadOk<MeDto>();
            Assert.That(outOfEveryGroup.Roles, Is.EqualTo(new[] { "DataProtectionOfficer" }));
        }
        finally
        {
            // Back as the other tests expect dave, whatever step failed.
            await Quietly(() => TestDirectory.MoveAsync("dave", null, "crm-sales"));
            await Quietly(() => TestDirectory.MoveAsync("dave", "crm-admins", null));
        }
    }

    [Test]
    public async Task WrongPassword_UnknownName_EmptyPassword_AndFilterTricks_AllGetThePasswordFlowsRefusal()
    {
        var passwordFlow = await (await Session.SignIn(_app.App.CreateClient(), "nobody@crm.test", "whatever it is")).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        var attempts = new (string Username, string? Password)[]
        {
            ("bob", "not bob's password"),
            ("nobody", "some password"),
            ("bob", ""),
            ("bob", null),
            ("bob", "\u0001" + TestDirectory.Password("bob")),
            ("*", TestDirectory.Password("bob")),
            ("bob)(uid=*", TestDirectory.Password("bob")),
            ("nomail", TestDirectory.Password("nomail")),
        };
        foreach (var (username, password) in attempts)
        {
            var problem = await (await SignIn(_browser, username, password)).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(passwordFlow.GetProperty("detail").GetString()), username);
        }

        Assert.That((await _browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var audit = await LdapAttempts();
        // As a set: attempts within the same millisecond have ids in no particular order.
        Assert.That(
            audit.Select(a => (a.Email, a.Succeeded, a.FailureReason)),
            Is.EquivalentTo(new[]
            {
                ("bob@crm.test", false, "wrong_password"),
                ("nobody", false, "unknown_account"),
                ("bob", false, "empty_password"),
                ("bob", false, "empty_password"),
                ("bob", false, "control_character_in_password"),
                ("*", false, "unknown_account"),
                ("bob)(uid=*", false, "unknown_account"),
                ("nomail", false, "no_email"),
            }));
        Assert.That(audit.Select(a => a.UserAgent), Has.All.Not.Null);
    }

    [Test]
    public async Task MissingUsername_Is400WithTheFieldError()
    {
        var response = await _browser.PostAsJsonAsync(SignInPath, new { password = "x" });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "username" }));
    }

    [Test]
    public async Task EverySignIn_IsAuditedWithMethodLdap_AddressAndUserAgent()
    {
        _browser.DefaultRequestHeaders.UserAgent.ParseAdd("LdapTest/1.0");
        var me = await (await SignIn(_browser, "bob", TestDirectory.Password("bob"))).ReadOk<MeDto>();
        var attempt = (await LdapAttempts()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(attempt.Email, Is.EqualTo("bob@crm.test"));
            Assert.That(attempt.UserId, Is.EqualTo(me.Id));
            Assert.That(attempt.Succeeded, Is.True);
            Assert.That(attempt.FailureReason, Is.Null);
            Assert.That(attempt.Method, Is.EqualTo("ldap"));
            Assert.That(attempt.UserAgent, Is.EqualTo("LdapTest/1.0"));
            Assert.That(attempt.AttemptedAtUtc, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public async Task ADeactivatedUser_IsRefused()
    {
        var me = await (await SignIn(_browser, "gina", TestDirectory.Password("gina"))).ReadOk<MeDto>();
        Assert.That((await _admin.PostAsync($"/api/v1/users/{me.Id}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var later = _app.App.CreateClient();
        await (await SignIn(later, "gina", TestDirectory.Password("gina"))).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        Assert.That((await LdapAttempts()).Select(a => a.FailureReason), Is.EqualTo(new[] { null, "deactivated" }));
    }

    [Test]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightOne()
    {
        (await SignIn(_browser, "hugo", TestDirectory.Password("hugo"))).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++)
        {
            using var guesser = _app.App.CreateClient();
            await (await SignIn(guesser, "hugo", $"wrong guess {i}")).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        }

        using var owner = _app.App.CreateClient();
        await (await SignIn(owner, "hugo", TestDirectory.Password("hugo"))).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        Assert.That(
            (await LdapAttempts()).Select(a => a.FailureReason),
            Is.EqualTo(new[] { null, "wrong_password", "wrong_password", "wrong_password", "wrong_password", "locked_out", "locked_out" }));
    }

    [Test]
    public async Task AfterLdapSignIn_UnsafeCallsWorkWithTheXsrfHeader_AndNotWithout()
    {
        (await SignIn(_browser, "bob", TestDirectory.Password("bob"))).EnsureSuccessStatusCode();
        var xsrf = _browser.DefaultRequestHeaders.GetValues("X-XSRF-TOKEN").Single();

        _browser.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        await (await _browser.PostAsJsonAsync("/api/v1/me/tokens", Token("forged"))).AssertProblem(HttpStatusCode.Forbidden, "antiforgery.invalid");

        _browser.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf);
        var created = await _browser.PostAsJsonAsync("/api/v1/me/tokens", Token("integration"));
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        Assert.That((await _browser.PostAsync("/api/v1/auth/sign-out", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task WithMfa_LdapSignInNeedsTheAppsCode()
    {
        (await SignIn(_browser, "frank", TestDirectory.Password("frank"))).EnsureSuccessStatusCode();
        var enrolment = await (await _browser.PostAsync("/api/v1/me/mfa/enrolment", null)).ReadOk<EnrolmentDto>();
        (await _browser.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) })).EnsureSuccessStatusCode();

        using var browser = _app.App.CreateClient();
        var step = await (await SignIn(browser, "frank", TestDirectory.Password("frank"))).ReadOk<SecondFactorDto>(HttpStatusCode.Accepted);
        Assert.That(step.VerifyAt, Is.EqualTo("/api/v1/auth/mfa/verify"));
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "no session before the code");

        var verified = await browser.PostAsJsonAsync("/api/v1/auth/mfa/verify", new { code = AuthenticatorApp.CodeNow(enrolment.SharedKey) });
        Assert.That((await verified.ReadOk<MeDto>()).Email, Is.EqualTo("frank@crm.test"));
        Assert.That((await LdapAttempts()).Select(a => a.FailureReason), Is.EqualTo(new[] { null, "second_factor_pending" }));
    }

    [Test]
    public async Task ADirectoryThatIsDownOrRefusesTheServiceAccount_GivesTheSameRefusal_AndTheAuditSaysWhy()
    {
        foreach (var (setting, value) in new[] { ("Identity:Ldap:Port", "1"), ("Identity:Ldap:BindPassword", "not the service password") })
        {
            await using var broken = _app.App.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection([new(setting, value)])));
            using var client = broken.CreateClient();
            await (await SignIn(client, "bob", TestDirectory.Password("bob"))).AssertProblem(HttpStatusCode.Unauthorized, "auth.sign_in_refused");
        }

        Assert.That(
            (await LdapAttempts()).Select(a => (a.Email, a.FailureReason)),
            Is.EqualTo(new[] { ("bob", "directory_unavailable"), ("bob", "directory_service_bind_refused") }));
    }

    [Test]
    public async Task SignInMethods_IncludeLdap()
    {
        using var anonymous = _app.App.CreateClient();
        var methods = await (await anonymous.GetAsync("/api/v1/auth/methods")).ReadOk<JsonElement>();
        Assert.That(methods.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("kind").GetString()), Is.EqualTo(new[] { "password", "ldap" }));
    }

    /// <summary>Signs in as the web app would, and echoes the XSRF token on later requests.</summary>
    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string username, string? password)
    {
        var response = await client.PostAsJsonAsync(SignInPath, new { username, password });
        var xsrf = Session.SetCookie(response, "XSRF-TOKEN");
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        if (xsrf is not null)
        {
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf.Split(';')[0]["XSRF-TOKEN=".Length..]);
        }

        return response;
    }

    private async Task<List<AttemptDto>> LdapAttempts()
    {
        var page = await _admin.GetFromJsonAsync<AttemptPage>("/api/v1/auth/sign-in-attempts?limit=100");
        return [.. page!.Items.Where(a => a.Method == "ldap")];
    }

    private async Task GiveRole(string email, string role)
    {
        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email);
        Assert.That((await users.AddToRoleAsync(user!, role)).Succeeded, Is.True);
    }

    private static async Task Quietly(Func<Task> directoryChange)
    {
        try
        {
            await directoryChange();
        }
        catch (InvalidOperationException)
        {
            // Already so: nothing to undo.
        }
    }

    private static object Token(string name) => new { name, scopes = new[] { "contacts.read" }, expiresInDays = 30 };

}
