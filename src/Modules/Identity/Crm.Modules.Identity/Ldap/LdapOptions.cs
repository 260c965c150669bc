using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Ldap;

/// <summary>
/// <c>Identity:Ldap</c>: sign-in against a directory, off unless <see cref="Enabled"/>. A service account
/// (<see cref="BindDn"/>) finds the person by what they typed, a bind as their entry checks the password, and their
/// groups give them the roles <see cref="GroupRoles"/> maps.
/// </summary>
internal sealed class LdapOptions
{
    public const string Section = "Identity:Ldap";

    /// <summary>Where <see cref="UserFilter"/> puts what the person typed (escaped for a filter).</summary>
    public const string UsernamePlaceholder = "{0}";

    /// <summary>Where <see cref="GroupFilter"/> puts the person's entry DN (escaped for a filter).</summary>
    public const string DnPlaceholder = "{dn}";

    public bool Enabled { get; set; }

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 389;

    /// <summary>LDAPS from the first byte (usually port 636).</summary>
    public bool UseSsl { get; set; }

    /// <summary>StartTLS on the plain port before anything else is sent.</summary>
    public bool StartTls { get; set; }

    /// <summary>The service account that searches; empty searches anonymously.</summary>
    public string? BindDn { get; set; }

    public string? BindPassword { get; set; }

    public string SearchBase { get; set; } = string.Empty;

    public string UserFilter { get; set; } = "(&(objectClass=inetOrgPerson)(|(uid={0})(mail={0})))";

    /// <summary>A stable key for the person, kept with the account: <c>entryUUID</c> (OpenLDAP), <c>objectGUID</c> (Active Directory).</summary>
    public string SubjectAttribute { get; set; } = "entryUUID";

    public string EmailAttribute { get; set; } = "mail";

    /// <summary>The name shown in the CRM; <c>cn</c> when the entry has none.</summary>
    public string DisplayNameAttribute { get; set; } = "displayName";

    /// <summary>Where groups are searched; empty skips the group search.</summary>
    public string? GroupSearchBase { get; set; }

    public string GroupFilter { get; set; } = "(&(objectClass=groupOfNames)(member={dn}))";

    public string GroupNameAttribute { get; set; } = "cn";

    /// <summary>An attribute of the person's entry listing their groups' DNs (<c>memberOf</c>); empty reads none.</summary>
    public string? MemberOfAttribute { get; set; }

    /// <summary>A group (its name or DN, in any case) to the CRM roles its members get; the roles named here follow the directory.</summary>
    public Dictionary<string, List<string>> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allows binds without TLS, passwords in clear on the wire: only where the network itself is trusted.</summary>
    public bool AllowUnencrypted { get; set; }

    /// <summary>
    /// Lets a directory entry take over the local account of the same email. Off by default: wherever people can edit
    /// their own <c>mail</c> (a common directory default), it would let them become anyone, the administrator included.
    /// </summary>
    public bool LinkExistingAccountsByEmail { get; set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByGroup() =>
        GroupRoles.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Value.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())], StringComparer.OrdinalIgnoreCase);
}

/// <summary>Refuses at start-up a configuration that could not work, rather than at the first sign-in.</summary>
internal sealed class LdapOptionsValidator : IValidateOptions<LdapOptions>
{
    public ValidateOptionsResult Validate(string? name, LdapOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add($"{LdapOptions.Section}:Host is required when LDAP sign-in is enabled.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{LdapOptions.Section}:Port must be between 1 and 65535.");
        }

        if (options.UseSsl && options.StartTls)
        {
            failures.Add($"{LdapOptions.Section}: choose UseSsl or StartTls, not both.");
        }

        if (string.IsNullOrWhiteSpace(options.SearchBase))
        {
            failures.Add($"{LdapOptions.Section}:SearchBase is required when LDAP sign-in is enabled.");
        }

        if (!options.UserFilter.Contains(LdapOptions.UsernamePlaceholder, StringComparison.Ordinal))
        {
            failures.Add($"{LdapOptions.Section}:UserFilter must contain {LdapOptions.UsernamePlaceholder}, where the typed name goes.");
        }

        if (!string.IsNullOrWhiteSpace(options.GroupSearchBase) && !options.GroupFilter.Contains(LdapOptions.DnPlaceholder, StringComparison.Ordinal))
        {
            failures.Add($"{LdapOptions.Section}:GroupFilter must contain {LdapOptions.DnPlaceholder}, where the person's DN goes.");
        }

        if (string.IsNullOrWhiteSpace(options.BindDn) != string.IsNullOrEmpty(options.BindPassword))
        {
            failures.Add($"{LdapOptions.Section}: give BindDn and BindPassword together, or neither to search anonymously.");
        }

        foreach (var attribute in new[] { options.SubjectAttribute, options.EmailAttribute, options.DisplayNameAttribute, options.GroupNameAttribute })
        {
            if (string.IsNullOrWhiteSpace(attribute))
            {
                failures.Add($"{LdapOptions.Section}: the attribute names (SubjectAttribute, EmailAttribute, DisplayNameAttribute, GroupNameAttribute) cannot be empty.");
                break;
            }
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{LdapOptions.Section}:Timeout must be positive.");
        }

        if (options.GroupRoles.Any(g => string.IsNullOrWhiteSpace(g.Key) || g.Value.All(string.IsNullOrWhiteSpace)))
        {
            failures.Add($"{LdapOptions.Section}:GroupRoles maps each group to at least one role name.");
        }

        // Without a source of groups every sign-in would find none and take every mapped role away.
        if (options.GroupRoles.Count > 0 && string.IsNullOrWhiteSpace(options.GroupSearchBase) && string.IsNullOrWhiteSpace(options.MemberOfAttribute))
        {
            failures.Add($"{LdapOptions.Section}:GroupRoles needs GroupSearchBase or MemberOfAttribute to read the groups from.");
        }

        if (!options.UseSsl && !options.StartTls && !options.AllowUnencrypted)
        {
            failures.Add($"{LdapOptions.Section} sends passwords to the directory: set UseSsl or StartTls (or AllowUnencrypted, on a trusted network only).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
