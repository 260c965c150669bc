using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity.Ldap;

/// <summary>The shared apps have no Identity:Ldap section: LDAP sign-in is off.</summary>
internal sealed class LdapNotConfiguredTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task LdapSignIn_WhenNotConfigured_Is404Problem()
    {
        using var anonymous = App.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/ldap/sign-in", new { username = "bob", password = "whatever" });
        await response.AssertProblem(HttpStatusCode.NotFound, "auth.ldap_not_configured");
    }

    [Test]
    public async Task SignInMethods_WhenLdapIsNotConfigured_AreThePasswordOnly()
    {
        using var anonymous = App.CreateClient();
        var methods = await (await anonymous.GetAsync("/api/v1/auth/methods")).ReadOk<JsonElement>();
        Assert.That(methods.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("kind").GetString()), Is.EqualTo(new[] { "password" }));
    }
}

/// <summary>LDAP sign-in spends the same per-address budget as the password sign-in.</summary>
internal sealed class LdapSignInRateLimitTests
{
    [Test]
    public async Task LdapSignIn_SharesThePerAddressLimitWithPasswordSignIn()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Sqlite, settings: TestDirectory.AppSettings());
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Identity:SignInAttemptsPerMinutePerAddress", "3"));
        using var client = limited.CreateClient();
        Assert.That((await Session.SignIn(client, "someone@crm.test", "some password")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        for (var i = 0; i < 2; i++)
        {
            Assert.That((await client.PostAsJsonAsync("/api/v1/auth/ldap/sign-in", new { username = "bob", password = "wrong" })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/ldap/sign-in", new { username = "bob", password = TestDirectory.Password("bob") });
        await refused.AssertProblem(HttpStatusCode.TooManyRequests, "rate_limited");
    }
}

/// <summary>A configuration that could not work stops the start, rather than the first sign-in.</summary>
internal sealed class LdapConfigurationTests
{
    [Test]
    public async Task AnEnabledLdapWithoutHostOrSearchBase_StopsTheStart()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Identity:Ldap:Enabled"] = "true" });
        Assert.That(() => app.CreateClient(), Throws.Exception.With.Message.Contains("Identity:Ldap:Host").And.Message.Contains("Identity:Ldap:SearchBase"));
    }
}
