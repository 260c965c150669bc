using System.Globalization;
using System.Text;
using Crm.IntegrationTests.Infrastructure;

namespace Crm.IntegrationTests.Identity.Ldap;

/// <summary>
/// The run's OpenLDAP directory for the LDAP sign-in tests (this namespace only): a service account, people
/// (inetOrgPerson) under ou=people and groups (groupOfNames) under ou=groups.
/// </summary>
[SetUpFixture]
internal sealed class TestDirectory
{
    public const string Suffix = "dc=crm,dc=test";
    public const string People = "ou=people," + Suffix;
    public const string Groups = "ou=groups," + Suffix;
    private const string ServiceDn = "cn=crm-service," + Suffix;
    private const string ServicePassword = "the service account's secret";

    private static OpenLdapServer? _server;

    public static OpenLdapServer Server => _server ?? throw new InvalidOperationException("The directory starts before the LDAP tests.");

    /// <summary>uid, mail (null: none), display name, groups.</summary>
    private static readonly (string Uid, string? Mail, string Name, string[] Groups)[] Directory =
    [
        ("alice", "alice@crm.test", "Alice Martin", ["crm-admins"]),
        ("bob", "bob@crm.test", "Bob Dupont", ["crm-sales"]),
        ("carol", "carol@crm.test", "Carol Petit", ["crm-support"]),
        ("dave", "dave@crm.test", "Dave Moreau", ["crm-sales"]),
        ("erin", "erin@crm.test", "Erin Laurent", []),
        ("frank", "frank@crm.test", "Frank Simon", ["crm-sales"]),
        ("gina", "gina@crm.test", "Gina Michel", ["crm-sales"]),
        ("hugo", "hugo@crm.test", "Hugo Garcia", []),
        ("nomail", null, "No Mail", ["crm-sales"]),
    ];

    public static string PersonDn(string uid) => $"uid={uid},{People}";

    public static string Password(string uid) => $"{uid}'s directory passphrase";

    /// <summary>Identity:Ldap pointing at this directory, groups mapped by name and (crm-admins) by DN, one role that does not exist.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings() => new Dictionary<string, string>
    {
        ["Identity:Ldap:Enabled"] = "true",
        ["Identity:Ldap:Host"] = "127.0.0.1",
        ["Identity:Ldap:Port"] = Server.Port.ToString(CultureInfo.InvariantCulture),
        ["Identity:Ldap:BindDn"] = ServiceDn,
        ["Identity:Ldap:BindPassword"] = ServicePassword,
        ["Identity:Ldap:SearchBase"] = People,
        ["Identity:Ldap:GroupSearchBase"] = Groups,
        ["Identity:Ldap:Timeout"] = "00:00:05",
        ["Identity:Ldap:AllowUnencrypted"] = "true",
        ["Identity:Ldap:LinkExistingAccountsByEmail"] = "true",
        [$"Identity:Ldap:GroupRoles:cn=crm-admins,{Groups}:0"] = "Administrator",
        ["Identity:Ldap:GroupRoles:crm-sales:0"] = "SalesRep",
        ["Identity:Ldap:GroupRoles:crm-support:0"] = "supportagent",
        ["Identity:Ldap:GroupRoles:crm-support:1"] = "NoSuchRole",
    };

    [OneTimeSetUp]
    public async Task Start() => _server = await OpenLdapServer.StartAsync(Suffix, Ldif());

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Moves a person from one group to another (either may be null).</summary>
    public static async Task MoveAsync(string uid, string? fromGroup, string? toGroup)
    {
        var changes = new StringBuilder();
        if (fromGroup is not null)
        {
            changes.Append(CultureInfo.InvariantCulture, $"dn: cn={fromGroup},{Groups}\nchangetype: modify\ndelete: member\nmember: {PersonDn(uid)}\n\n");
        }

        if (toGroup is not null)
        {
            changes.Append(CultureInfo.InvariantCulture, $"dn: cn={toGroup},{Groups}\nchangetype: modify\nadd: member\nmember: {PersonDn(uid)}\n\n");
        }

        await Server.ModifyAsync(changes.ToString());
    }

    private static string Ldif()
    {
        var ldif = new StringBuilder($"""
            dn: {Suffix}
            objectClass: dcObject
            objectClass: organization
            dc: crm
            o: Crm tests

            dn: {ServiceDn}
            objectClass: organizationalRole
            objectClass: simpleSecurityObject
            cn: crm-service
            userPassword: {ServicePassword}

            dn: {People}
            objectClass: organizationalUnit
            ou: people

            dn: {Groups}
            objectClass: organizationalUnit
            ou: groups


            """);
        foreach (var (uid, mail, name, _) in Directory)
        {
            ldif.Append(CultureInfo.InvariantCulture, $"dn: {PersonDn(uid)}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {name}\nsn: {name.Split(' ')[1]}\n");
            if (mail is not null)
            {
                ldif.Append(CultureInfo.InvariantCulture, $"mail: {mail}\n");
            }

            ldif.Append(CultureInfo.InvariantCulture, $"userPassword: {Password(uid)}\n\n");
        }

        // A groupOfNames needs a member: the service account stands in for an empty group.
        foreach (var group in new[] { "crm-admins", "crm-sales", "crm-support", "crm-marketing" })
        {
            ldif.Append(CultureInfo.InvariantCulture, $"dn: cn={group},{Groups}\nobjectClass: groupOfNames\ncn: {group}\nmember: {ServiceDn}\n");
            foreach (var (uid, _, _, groups) in Directory.Where(p => p.Groups.Contains(group)))
            {
                ldif.Append(CultureInfo.InvariantCulture, $"member: {PersonDn(uid)}\n");
            }

            ldif.Append('\n');
        }

        return ldif.ToString();
    }
}
