using Crm.Modules.Identity.Features.StartOidcSignIn;
using Crm.Modules.Identity.Oidc;
using Microsoft.Extensions.Configuration;

namespace Crm.UnitTests.Identity;

internal sealed class OidcProvidersTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{OidcProviders.Section}:{s.Key}", s.Value)))
            .Build();

    [Test]
    public void From_WhenNothingIsConfigured_HasNoProvider() =>
        Assert.That(OidcProviders.From(new ConfigurationBuilder().Build()).All, Is.Empty);

    [Test]
    public void From_WhenAProviderIsConfigured_ReadsItWithTheDefaults()
    {
        var providers = OidcProviders.From(Settings(
            ("corporate:Authority", "https://login.example.com/realm"),
            ("corporate:ClientId", "crm"),
            ("corporate:GroupRoles:Sales:0", "SalesRep"),
            ("corporate:GroupRoles:Sales:1", "Executive")));

        var corporate = providers.Find("corporate")!;
        Assert.Multiple(() =>
        {
            Assert.That(corporate.DisplayName, Is.EqualTo("corporate"));
            Assert.That(corporate.RequireHttpsMetadata, Is.True);
            Assert.That(corporate.ResponseMode, Is.EqualTo("query"));
            Assert.That(corporate.GroupsClaim, Is.EqualTo("groups"));
            Assert.That(corporate.EmailClaim, Is.EqualTo("email"));
            Assert.That(corporate.AssumeEmailVerified, Is.False);
            Assert.That(corporate.Method, Is.EqualTo("oidc:corporate"));
            Assert.That(corporate.CallbackPath, Is.EqualTo("/signin-oidc-corporate"));
            Assert.That(corporate.GroupRoleMap["sales"], Is.EqualTo(new[] { "SalesRep", "Executive" }), "groups match whatever their case");
            Assert.That(providers.Find("Corporate"), Is.Null, "schemes are case-sensitive, as authentication schemes are");
        });
    }

    [TestCase("Corporate", "Authority", "https://login.example.com", "scheme")]
    [TestCase("a-very-long-scheme", "Authority", "https://login.example.com", "scheme")]
    [TestCase("corporate", "Authority", "login.example.com", "Authority")]
    [TestCase("corporate", "ResponseMode", "fragment", "ResponseMode")]
    public void From_WhenAProviderIsWrong_SaysWhatToFix(string scheme, string key, string value, string named)
    {
        var settings = new Dictionary<string, string> { [$"{scheme}:Authority"] = "https://login.example.com", [$"{scheme}:ClientId"] = "crm" };
        settings[$"{scheme}:{key}"] = value;
        var error = Assert.Throws<InvalidOperationException>(() => OidcProviders.From(Settings([.. settings.Select(s => (s.Key, s.Value))])));
        Assert.That(error!.Message, Does.Contain(named));
    }

    [Test]
    public void From_WithoutAClientId_SaysWhatToFix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OidcProviders.From(Settings(("corporate:Authority", "https://login.example.com"))));
        Assert.That(error!.Message, Does.Contain("ClientId"));
    }

    [TestCase("/", true)]
    [TestCase("/contacts?tab=notes#top", true)]
    [TestCase("//evil.example", false)]
    [TestCase("/\\evil.example", false)]
    [TestCase("/contacts\\..\\x", false)]
    [TestCase("https://evil.example/", false)]
    [TestCase("contacts", false)]
    [TestCase("/contacts\r\nSet-Cookie: x=1", false)]
    [TestCase("", false)]
    public void IsLocal_AcceptsOnlyPathsOfThisSite(string url, bool local) =>
        Assert.That(LocalUrl.IsLocal(url), Is.EqualTo(local));
}
