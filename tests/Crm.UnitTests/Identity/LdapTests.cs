using Crm.Modules.Identity.Ldap;

namespace Crm.UnitTests.Identity;

internal sealed class LdapFilterTests
{
    [TestCase("alice", "alice")]
    [TestCase("*", @"\2a")]
    [TestCase("bob)(uid=*", @"bob\29\28uid=\2a")]
    [TestCase(@"back\slash", @"back\5cslash")]
    [TestCase("nul\0byte", @"nul\00byte")]
    [TestCase("élodie@crm.test", "élodie@crm.test")]
    public void Escape_KeepsWhatIsTypedAValue(string typed, string escaped) =>
        Assert.That(LdapFilter.Escape(typed), Is.EqualTo(escaped));

    [TestCase("cn=crm-admins,ou=groups,dc=crm,dc=test", "crm-admins")]
    [TestCase(@"cn=Sales\, Paris,ou=groups,dc=crm,dc=test", @"Sales\, Paris")]
    [TestCase("CN=Support", "Support")]
    [TestCase("not a dn", null)]
    public void FirstRdnValue_IsTheGroupsName(string dn, string? name) =>
        Assert.That(LdapFilter.FirstRdnValue(dn), Is.EqualTo(name));
}

internal sealed class LdapOptionsValidatorTests
{
    private static LdapOptions Valid() => new()
    {
        Enabled = true,
        Host = "ldap.example.com",
        StartTls = true,
        SearchBase = "ou=people,dc=example,dc=com",
        BindDn = "cn=crm,dc=example,dc=com",
        BindPassword = "secret",
        GroupSearchBase = "ou=groups,dc=example,dc=com",
        GroupRoles = new(StringComparer.OrdinalIgnoreCase) { ["crm-sales"] = ["SalesRep"] },
    };

    [Test]
    public void Validate_WhenDisabled_AcceptsAnything() =>
        Assert.That(new LdapOptionsValidator().Validate(null, new LdapOptions { Port = 0 }).Succeeded, Is.True);

    [Test]
    public void Validate_WithTheDefaultsAndTheEssentials_Succeeds() =>
        Assert.That(new LdapOptionsValidator().Validate(null, Valid()).Succeeded, Is.True);

    [TestCase("host")]
    [TestCase("port")]
    [TestCase("both tls")]
    [TestCase("search base")]
    [TestCase("user filter")]
    [TestCase("group filter")]
    [TestCase("password alone")]
    [TestCase("empty attribute")]
    [TestCase("timeout")]
    [TestCase("group without role")]
    [TestCase("roles without groups")]
    [TestCase("no tls")]
    public void Validate_WhenSomethingCouldNotWork_Fails(string broken)
    {
        var options = Valid();
        switch (broken)
        {
            case "host": options.Host = " "; break;
            case "port": options.Port = 70000; break;
            case "both tls": options.UseSsl = options.StartTls = true; break;
            case "search base": options.SearchBase = ""; break;
            case "user filter": options.UserFilter = "(uid=alice)"; break;
            case "group filter": options.GroupFilter = "(member=x)"; break;
            case "password alone": options.BindDn = null; break;
            case "empty attribute": options.EmailAttribute = ""; break;
            case "timeout": options.Timeout = TimeSpan.Zero; break;
            case "group without role": options.GroupRoles["crm-support"] = [" "]; break;
            case "roles without groups": options.GroupSearchBase = null; break;
            case "no tls": options.StartTls = false; break;
        }

        Assert.That(new LdapOptionsValidator().Validate(null, options).Failed, Is.True);
    }
}
