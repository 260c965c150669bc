using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity.Oidc;

/// <summary>
/// OpenID Connect sign-in against a real issuer (<see cref="TestIssuer"/>) over HTTP, the browser played by two clients
/// that follow redirects by hand: the CRM's (cookies kept) and the issuer's. The CRM runs with the provider
/// <c>corporate</c> configured, on its own database, so each test uses its own people.
/// </summary>
[TestFixture(DatabaseProvider.Postgres)]
[TestFixture(DatabaseProvider.Sqlite)]
internal sealed class OidcSignInTests(DatabaseProvider provider)
{
    private const string Scheme = "corporate";
    private const string FormPost = "Identity:Oidc:Providers:formpost";
    private TestIssuer _issuer = null!;
    private CrmApp _crm = null!;
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _browserAtIssuer = null!;

    [OneTimeSetUp]
    public async Task StartIssuerThenCrm()
    {
        // The issuer first: the CRM reads its address from the configuration when it starts.
        _issuer = await TestIssuer.StartAsync();
        _crm = await TestDatabases.NewAppAsync(provider, relayEnabled: false);
        var settings = $"Identity:Oidc:Providers:{Scheme}";
        _app = _crm.WithWebHostBuilder(b => b
            .UseSetting($"{settings}:DisplayName", "Corporate account")
            .UseSetting($"{settings}:Authority", _issuer.Address.ToString())
            .UseSetting($"{settings}:ClientId", TestIssuer.ClientId)
            .UseSetting($"{settings}:ClientSecret", TestIssuer.ClientSecret)
            .UseSetting($"{settings}:RequireHttpsMetadata", "false")
            .UseSetting($"{settings}:LinkExistingAccountsByEmail", "true")
            .UseSetting($"{settings}:Scopes:0", "profile")
            .UseSetting($"{settings}:Scopes:1", "email")
            .UseSetting($"{settings}:Scopes:2", "groups")
            .UseSetting($"{settings}:GroupRoles:crm-sales:0", "SalesRep")
            .UseSetting($"{settings}:GroupRoles:crm-managers:0", "SalesManager")
            .UseSetting($"{settings}:GroupRoles:crm-managers:1", "Executive")
            .UseSetting($"{settings}:GroupRoles:crm-typo:0", "NoSuchRole")
            .UseSetting($"{settings}:GroupRoles:crm-support:0", "supportmanager")
            .UseSetting($"{FormPost}:Authority", _issuer.Address.ToString())
            .UseSetting($"{FormPost}:ClientId", TestIssuer.ClientId)
            .UseSetting($"{FormPost}:ClientSecret", TestIssuer.ClientSecret)
            .UseSetting($"{FormPost}:RequireHttpsMetadata", "false")
            .UseSetting($"{FormPost}:ResponseMode", "form_post")
            .UseSetting($"{FormPost}:GroupRoles:crm-sales:0", "SalesRep"));
        _browserAtIssuer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        _browserAtIssuer.Dispose();
        await _app.DisposeAsync();
        await _crm.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    /// <summary>A browser at the CRM: https (the handler's correlation cookie is Secure), cookies kept, redirects by hand.</summary>
    private HttpClient Browser() => _app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    });

    private static TestPerson Person(string name, bool emailVerified = true, params string[] groups) =>
        new($"subject-{Guid.NewGuid():N}", $"{name}-{Guid.NewGuid():N}@corp.test", emailVerified, $"{name} of Corp", groups);

    /// <summary>
    /// The whole round trip: challenge, the issuer's authorization endpoint, the handler's callback, /complete. Returns
    /// the last answer (a redirect to the app or to the sign-in page) and echoes the XSRF token like the web app.
    /// </summary>
    private async Task<HttpResponseMessage> SignInAtIssuer(HttpClient browser, TestPerson person, string returnUrl = "/contacts", bool deny = false, string scheme = Scheme)
    {
        var challenge = await browser.GetAsync($"/api/v1/auth/oidc/{scheme}/challenge?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.That(challenge.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await challenge.Content.ReadAsStringAsync());
        var authorize = challenge.Headers.Location!;
        Assert.That(authorize.GetLeftPart(UriPartial.Authority), Is.EqualTo(_issuer.Address.GetLeftPart(UriPartial.Authority)));
        Assert.That(authorize.Query, Does.Contain("code_challenge=").And.Contain("response_type=code"));

        var atIssuer = await _browserAtIssuer.GetAsync(deny ? new Uri($"{authorize}&test_deny=1") : person.AddTo(authorize));
        HttpResponseMessage back;
        if (scheme == Scheme)
        {
            Assert.That(atIssuer.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await atIssuer.Content.ReadAsStringAsync());
            var callback = atIssuer.Headers.Location!;
            Assert.That(callback.AbsolutePath, Is.EqualTo($"/signin-oidc-{scheme}"));

            // The CRM redeems the code at the issuer over HTTP, then sends the browser on to /complete.
            back = await browser.GetAsync(callback);
        }
        else
        {
            // form_post: the issuer's page posts the answer to the callback, as the browser would.
            var page = await atIssuer.Content.ReadAsStringAsync();
            Assert.That(atIssuer.StatusCode, Is.EqualTo(HttpStatusCode.OK), page);
            var action = WebUtility.HtmlDecode(Regex.Match(page, "action=\"([^\"]+)\"").Groups[1].Value);
            var fields = Regex.Matches(page, "name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            Assert.That(new Uri(action).AbsolutePath, Is.EqualTo($"/signin-oidc-{scheme}"));
            back = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        }

        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await back.Content.ReadAsStringAsync());
        if (back.Headers.Location!.OriginalString.StartsWith("/sign-in", StringComparison.Ordinal))
        {
            return back;
        }

        Assert.That(back.Headers.Location.OriginalString, Does.StartWith($"/api/v1/auth/oidc/{scheme}/complete"));
        var complete = await browser.GetAsync(back.Headers.Location);
        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await complete.Content.ReadAsStringAsync());
        var xsrf = Session.SetCookie(complete, "XSRF-TOKEN");
        browser.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        if (xsrf is not null)
        {
            browser.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf.Split(';')[0]["XSRF-TOKEN=".Length..]);
        }

        return complete;
    }

    private async Task<MeDto> SignedInAs(TestPerson person, string returnUrl = "/contacts")
    {
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, person, returnUrl);
        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo(returnUrl));
        return await (await browser.GetAsync("/api/v1/me")).ReadOk<MeDto>();
    }

    private async Task<List<SignInAttempt>> AttemptsFor(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var attempts = await db.SignInAttempts.AsNoTracking().Where(a => a.Email == email).ToListAsync();
        return [.. attempts.OrderBy(a => a.AttemptedAtUtc)];
    }

    private async Task<User> CreatePasswordUser(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = "Has a password" };
        var created = await users.CreateAsync(user, Users.Password);
        Assert.That(created.Succeeded, Is.True, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user;
    }

    [Test]
    public async Task FirstSignIn_ProvisionsTheUserWithTheRolesMappedFromGroups_AndOpensTheSession()
    {
        var ada = Person("ada", groups: ["crm-sales", "unmapped-group"]);
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, ada, "/deals?stage=won");

        var session = Session.SetCookie(done, "crm.session");
        Assert.Multiple(() =>
        {
            Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/deals?stage=won"));
            Assert.That(session, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
            Assert.That(Session.SetCookie(done, "XSRF-TOKEN"), Is.Not.Null);
        });
        var me = await (await browser.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.Multiple(() =>
        {
            Assert.That(me.Email, Is.EqualTo(ada.Email));
            Assert.That(me.DisplayName, Is.EqualTo("ada of Corp"));
            Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));
            Assert.That(me.Permissions, Does.Contain("deals.write"));
        });

        var attempt = (await AttemptsFor(ada.Email)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(attempt.Succeeded, Is.True);
            Assert.That(attempt.Method, Is.EqualTo("oidc:corporate"));
            Assert.That(attempt.UserId, Is.EqualTo(me.Id));
        });
    }

    [Test]
    public async Task SignIn_WithTheFormPostResponseMode_OpensTheSession()
    {
        var ida = Person("ida", groups: ["crm-sales"]);
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, ida, "/tasks", scheme: "formpost");
        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/tasks"));
        var me = await (await browser.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That((me.Email, me.Roles.Single()), Is.EqualTo((ida.Email, "SalesRep")));
        Assert.That((await AttemptsFor(ida.Email)).Single().Method, Is.EqualTo("oidc:formpost"));
    }

    [Test]
    public async Task SecondSignIn_ReusesTheAccount()
    {
        var bob = Person("bob", groups: ["crm-sales"]);
        var first = await SignedInAs(bob);
        var second = await SignedInAs(bob);
        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That((await AttemptsFor(bob.Email)).Select(a => (a.Succeeded, a.UserId)), Is.EqualTo(new[] { (true, (Guid?)first.Id), (true, (Guid?)first.Id) }));
    }

    [Test]
    public async Task ChangedGroups_ChangeTheMappedRoles_AndLeaveOtherRolesAlone()
    {
        var cleo = Person("cleo", groups: ["crm-sales"]);
        var me = await SignedInAs(cleo);
        Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));

        // A role the provider does not manage, given by an administrator, stays.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(me.Id.ToString()))!, "SupportAgent");
        }

        var promoted = await SignedInAs(cleo with { Groups = ["crm-managers"] });
        Assert.That(promoted.Roles, Is.EquivalentTo(new[] { "SalesManager", "Executive", "SupportAgent" }));

        var leaver = await SignedInAs(cleo with { Groups = [] });
        Assert.That(leaver.Roles, Is.EqualTo(new[] { "SupportAgent" }));
    }

    [Test]
    public async Task ExistingPasswordAccount_WithAnUnverifiedEmail_IsRefusedAndNotLinked()
    {
        var dora = Person("dora", emailVerified: false, groups: ["crm-sales"]);
        await CreatePasswordUser(dora.Email);
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, dora);

        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=sign_in_refused"));
        Assert.That(Session.SetCookie(done, "crm.session"), Is.Null.Or.Contains("expires=Thu, 01 Jan 1970"));
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var attempt = (await AttemptsFor(dora.Email)).Single();
        Assert.That((attempt.Succeeded, attempt.FailureReason, attempt.Method), Is.EqualTo((false, "email_not_verified", "oidc:corporate")));

        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.That(await users.FindByLoginAsync("oidc:corporate", dora.Subject), Is.Null);
    }

    [Test]
    public async Task ExistingPasswordAccount_WithAVerifiedEmail_IsLinked()
    {
        var eve = Person("eve", groups: ["crm-sales"]);
        var existing = await CreatePasswordUser(eve.Email);
        var me = await SignedInAs(eve);
        Assert.That(me.Id, Is.EqualTo(existing.Id));
        Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));

        // The password still works beside the provider.
        using var password = _app.CreateClient();
        (await Session.SignIn(password, eve.Email, Users.Password)).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task ExistingPasswordAccount_IsNotTakenOver_WhenTheProviderMayNotLinkAccounts()
    {
        var fay = Person("fay", groups: ["crm-sales"]);
        var existing = await CreatePasswordUser(fay.Email);
        using var browser = Browser();

        var done = await SignInAtIssuer(browser, fay, scheme: "formpost");

        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=sign_in_refused"));
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var attempt = (await AttemptsFor(fay.Email)).Single();
        Assert.That((attempt.FailureReason, attempt.UserId), Is.EqualTo(("local_account_exists", (Guid?)null)));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<UserManager<User>>().GetLoginsAsync(existing), Is.Empty);
    }

    [Test]
    public async Task AnAccountLinkedToOnePerson_IsNotHandedToAnotherWithTheSameEmail()
    {
        var first = Person("jo", groups: ["crm-sales"]);
        var me = await SignedInAs(first);

        // The provider gave the address to someone else (another subject), and vouches for it.
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, first with { Subject = $"subject-{Guid.NewGuid():N}" });
        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=sign_in_refused"));
        var attempts = await AttemptsFor(first.Email);
        Assert.That(attempts.Select(a => (a.FailureReason, a.UserId)), Is.EqualTo(new[] { (null, (Guid?)me.Id), ("linked_to_another_subject", (Guid?)null) }));
    }

    [Test]
    public async Task AGroupMappedToAMissingRole_IsSkipped_NotAFailedSignIn()
    {
        var kim = Person("kim", groups: ["crm-sales", "crm-typo"]);
        var me = await SignedInAs(kim);
        Assert.That(me.Roles, Is.EqualTo(new[] { "SalesRep" }));
    }

    [Test]
    public async Task AMappedRole_MatchesWhateverItsCase()
    {
        var lea = Person("lea", groups: ["CRM-Support"]);
        Assert.That((await SignedInAs(lea)).Roles, Is.EqualTo(new[] { "SupportManager" }));
        Assert.That((await SignedInAs(lea)).Roles, Is.EqualTo(new[] { "SupportManager" }), "the role is seen as held the second time");
        Assert.That((await SignedInAs(lea with { Groups = [] })).Roles, Is.Empty);
    }

    [Test]
    public async Task DeactivatedUser_IsRefused()
    {
        var finn = Person("finn", groups: ["crm-sales"]);
        var me = await SignedInAs(finn);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(me.Id.ToString()))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        using var browser = Browser();
        var done = await SignInAtIssuer(browser, finn);
        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=sign_in_refused"));
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await AttemptsFor(finn.Email)).Select(a => a.FailureReason), Is.EqualTo(new[] { null, "deactivated" }));
    }

    [Test]
    public async Task AfterSignIn_AnUnsafeCallWithTheXsrfToken_Succeeds_AndWithoutIt_Is403()
    {
        var gus = Person("gus", groups: ["crm-sales"]);
        using var browser = Browser();
        await SignInAtIssuer(browser, gus);
        var token = new { name = "laptop", scopes = new[] { "contacts.read" }, expiresInDays = 30 };

        var withToken = await browser.PostAsJsonAsync("/api/v1/me/tokens", token);
        Assert.That(withToken.IsSuccessStatusCode, Is.True, await withToken.Content.ReadAsStringAsync());

        browser.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var without = await browser.PostAsJsonAsync("/api/v1/me/tokens", token);
        await without.AssertProblem(HttpStatusCode.Forbidden, "antiforgery.invalid");
    }

    [Test]
    public async Task AccessDeniedAtTheIssuer_LandsOnTheSignInPage_Audited()
    {
        using var browser = Browser();
        var done = await SignInAtIssuer(browser, Person("hal"), deny: true);
        Assert.That(done.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=access_denied"));
        Assert.That((await browser.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var attempt = (await AttemptsFor(string.Empty)).Last();
        Assert.That((attempt.Succeeded, attempt.FailureReason, attempt.Method), Is.EqualTo((false, "access_denied", "oidc:corporate")));
    }

    [Test]
    public async Task ACallbackWithAForgedState_LandsOnTheSignInPage()
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/signin-oidc-{Scheme}?code=forged&state=forged");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=provider_error"));
        Assert.That((await AttemptsFor(string.Empty)).Where(a => a.FailureReason == "provider_error"), Is.Empty, "a callback nobody started is not an attempt to audit");
    }

    [Test]
    public async Task Complete_WithoutHavingBeenToTheProvider_SendsBackToTheSignInPage()
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/api/v1/auth/oidc/{Scheme}/complete?returnUrl=/contacts");
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/sign-in?error=provider_error"));
    }

    [TestCase("https://evil.test/")]
    [TestCase("//evil.test/path")]
    [TestCase("/\\evil.test")]
    [TestCase("contacts")]
    public async Task Challenge_WithAReturnUrlOffThisSite_Is400(string returnUrl)
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/api/v1/auth/oidc/{Scheme}/challenge?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await response.AssertProblem(HttpStatusCode.BadRequest, "auth.return_url_not_local");
    }

    [Test]
    public async Task Challenge_ForAnUnknownProvider_Is404()
    {
        using var browser = Browser();
        var response = await browser.GetAsync("/api/v1/auth/oidc/nobody/challenge?returnUrl=/");
        await response.AssertProblem(HttpStatusCode.NotFound, "auth.oidc_provider_unknown");
    }

    [Test]
    public async Task Methods_ListThePasswordAndTheProvider()
    {
        using var anonymous = Browser();
        var body = await anonymous.GetStringAsync("/api/v1/auth/methods");
        Assert.That(
            body,
            Is.EqualTo("""{"methods":[{"kind":"password"},{"kind":"oidc","scheme":"corporate","displayName":"Corporate account","challengeUrl":"/api/v1/auth/oidc/corporate/challenge"},{"kind":"oidc","scheme":"formpost","displayName":"formpost","challengeUrl":"/api/v1/auth/oidc/formpost/challenge"}]}"""));
    }
}
