using System.DirectoryServices.Protocols;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Ldap;

/// <summary>A person's directory entry, as the service account reads it.</summary>
internal sealed record DirectoryPerson(string DistinguishedName, string? Subject, string? Email, string? DisplayName, IReadOnlyList<string> MemberOf);

/// <summary>The directory could not answer (down, too slow, the service account refused): <see cref="Reason"/> is for the audit.</summary>
internal sealed class LdapDirectoryException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Reason { get; } = reason;
}

/// <summary>
/// Talks to the directory <see cref="LdapOptions"/> names. System.DirectoryServices.Protocols blocks, so each call
/// runs on the thread pool, and each request is bounded by <see cref="LdapOptions.Timeout"/>.
/// </summary>
internal sealed class LdapDirectory(IOptions<LdapOptions> options, ILogger<LdapDirectory> logger)
{
    public LdapOptions Options => options.Value;

    /// <summary>A connection bound as the service account (or anonymous), for the searches of one sign-in.</summary>
    public Task<LdapSession> OpenAsync(CancellationToken cancellationToken) => Run(() =>
    {
        var connection = Connect();
        try
        {
            if (string.IsNullOrWhiteSpace(Options.BindDn))
            {
                connection.AuthType = AuthType.Anonymous;
                connection.Bind();
            }
            else
            {
                connection.Bind(new NetworkCredential(Options.BindDn, Options.BindPassword));
            }

            return new LdapSession(this, connection);
        }
        catch (LdapException e) when (e.ErrorCode == InvalidCredentials)
        {
            connection.Dispose();
            logger.LogError("The LDAP service account ({BindDn}) was refused by the directory: check Identity:Ldap:BindDn and BindPassword.", Options.BindDn);
            throw new LdapDirectoryException("directory_service_bind_refused", "The directory refused the service account.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }, cancellationToken);

    internal const int InvalidCredentials = 49;

    internal LdapConnection Connect()
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(Options.Host, Options.Port, fullyQualifiedDnsHostName: false, connectionless: false))
        {
            AuthType = AuthType.Basic,
            Timeout = Options.Timeout,
        };
        try
        {
            connection.SessionOptions.ProtocolVersion = 3;
            connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
            if (Options.UseSsl)
            {
                connection.SessionOptions.SecureSocketLayer = true;
            }

            if (Options.StartTls)
            {
                connection.SessionOptions.StartTransportLayerSecurity(null);
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs blocking LDAP work off the request thread and turns the directory's failures into one exception.</summary>
    internal async Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(work, cancellationToken);
        }
        catch (LdapException e)
        {
            logger.LogWarning("The LDAP directory {Host}:{Port} failed: {Code} {Message}", Options.Host, Options.Port, e.ErrorCode, e.Message);
            throw new LdapDirectoryException("directory_unavailable", "The directory did not answer.", e);
        }
        catch (DirectoryException e)
        {
            logger.LogWarning("The LDAP directory {Host}:{Port} refused a request: {Message}", Options.Host, Options.Port, e.Message);
            throw new LdapDirectoryException("directory_error", "The directory refused a request.", e);
        }
    }
}

/// <summary>One sign-in's conversation with the directory: find the person, check their password, read their groups.</summary>
internal sealed class LdapSession(LdapDirectory directory, LdapConnection connection) : IDisposable
{
    private LdapOptions Options => directory.Options;

    /// <summary>The one entry the typed name stands for; null when none or several match.</summary>
    public Task<(DirectoryPerson? Person, int Matches)> FindAsync(string username, CancellationToken cancellationToken) => directory.Run<(DirectoryPerson? Person, int Matches)>(() =>
    {
        var filter = Options.UserFilter.Replace(LdapOptions.UsernamePlaceholder, LdapFilter.Escape(username), StringComparison.Ordinal);
        string[] attributes = [.. new[] { Options.SubjectAttribute, Options.EmailAttribute, Options.DisplayNameAttribute, "cn", Options.MemberOfAttribute }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).Distinct(StringComparer.OrdinalIgnoreCase)];
        var request = new SearchRequest(Options.SearchBase, filter, SearchScope.Subtree, attributes) { SizeLimit = 2, TimeLimit = Options.Timeout };
        SearchResponse response;
        try
        {
            response = (SearchResponse)connection.SendRequest(request, Options.Timeout);
        }
        catch (DirectoryOperationException e) when (e.Response?.ResultCode == ResultCode.SizeLimitExceeded)
        {
            return (null, 2);
        }

        if (response.Entries.Count != 1)
        {
            return (null, response.Entries.Count);
        }

        var entry = response.Entries[0];
        var person = new DirectoryPerson(
            entry.DistinguishedName,
            Subject(entry),
            FirstValue(entry, Options.EmailAttribute),
            FirstValue(entry, Options.DisplayNameAttribute) ?? FirstValue(entry, "cn"),
            string.IsNullOrWhiteSpace(Options.MemberOfAttribute) ? [] : Values(entry, Options.MemberOfAttribute));
        return (person, 1);
    }, cancellationToken);

    /// <summary>
    /// Binds as <paramref name="distinguishedName"/> with the password on a connection of its own. An empty password
    /// is refused here too: LDAP takes a name with an empty password for an anonymous bind, which "succeeds".
    /// </summary>
    public Task<bool> CheckPasswordAsync(string distinguishedName, string password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password) || password.Any(char.IsControl))
        {
            return Task.FromResult(false);
        }

        return directory.Run(() =>
        {
            using var asThePerson = directory.Connect();
            try
            {
                asThePerson.Bind(new NetworkCredential(distinguishedName, password));
                return true;
            }
            catch (LdapException e) when (e.ErrorCode == LdapDirectory.InvalidCredentials)
            {
                return false;
            }
        }, cancellationToken);
    }

    /// <summary>A bind that fails, for a name that matched nobody: refusing an unknown name takes as long as a wrong password.</summary>
    public async Task SpendABindAsync(string password, CancellationToken cancellationToken)
    {
        try
        {
            await CheckPasswordAsync($"cn={Guid.NewGuid():N},{Options.SearchBase}", string.IsNullOrEmpty(password) ? "-" : password, cancellationToken);
        }
        catch (LdapDirectoryException)
        {
            // Only the time it took matters.
        }
    }

    /// <summary>The person's groups, each by its DN and by its name, for <see cref="LdapOptions.GroupRoles"/> to match either.</summary>
    public Task<IReadOnlyList<string>> GroupsAsync(DirectoryPerson person, CancellationToken cancellationToken) => directory.Run<IReadOnlyList<string>>(() =>
    {
        var groups = new List<string>();
        foreach (var dn in person.MemberOf)
        {
            groups.Add(dn);
            if (LdapFilter.FirstRdnValue(dn) is { } name)
            {
                groups.Add(name);
            }
        }

        if (!string.IsNullOrWhiteSpace(Options.GroupSearchBase))
        {
            var filter = Options.GroupFilter.Replace(LdapOptions.DnPlaceholder, LdapFilter.Escape(person.DistinguishedName), StringComparison.Ordinal);
            var request = new SearchRequest(Options.GroupSearchBase, filter, SearchScope.Subtree, Options.GroupNameAttribute) { TimeLimit = Options.Timeout };
            var response = (SearchResponse)connection.SendRequest(request, Options.Timeout);
            foreach (SearchResultEntry group in response.Entries)
            {
                groups.Add(group.DistinguishedName);
                groups.AddRange(Values(group, Options.GroupNameAttribute));
            }
        }

        return [.. groups.Distinct(StringComparer.OrdinalIgnoreCase)];
    }, cancellationToken);

    public void Dispose() => connection.Dispose();

    private string? Subject(SearchResultEntry entry)
    {
        if (Attribute(entry, Options.SubjectAttribute) is not { Count: > 0 } attribute)
        {
            return null;
        }

        // Active Directory's objectGUID is 16 raw bytes; entryUUID and the like are text.
        return attribute.GetValues(typeof(byte[]))[0] is byte[] { Length: 16 } raw && Options.SubjectAttribute.Equals("objectGUID", StringComparison.OrdinalIgnoreCase)
            ? new Guid(raw).ToString()
            : attribute.GetValues(typeof(string)).OfType<string>().FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
    }

    private static string? FirstValue(SearchResultEntry entry, string name) =>
        Values(entry, name).FirstOrDefault();

    private static List<string> Values(SearchResultEntry entry, string name) =>
        Attribute(entry, name) is { Count: > 0 } attribute
            ? [.. attribute.GetValues(typeof(string)).OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]
            : [];

    private static DirectoryAttribute? Attribute(SearchResultEntry entry, string name)
    {
        foreach (string key in entry.Attributes.AttributeNames)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Attributes[key];
            }
        }

        return null;
    }
}

/// <summary>RFC 4515 escaping, so what a person types is a value in a filter and never changes the filter.</summary>
internal static class LdapFilter
{
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => @"\5c",
                '*' => @"\2a",
                '(' => @"\28",
                ')' => @"\29",
                '\0' => @"\00",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary><c>crm-admins</c> from <c>cn=crm-admins,ou=groups,dc=crm,dc=test</c>; null for a DN it cannot read.</summary>
    public static string? FirstRdnValue(string distinguishedName)
    {
        var end = 0;
        while (end < distinguishedName.Length && distinguishedName[end] != ',')
        {
            end += distinguishedName[end] == '\\' ? 2 : 1;
        }

        var rdn = distinguishedName[..Math.Min(end, distinguishedName.Length)];
        var equals = rdn.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < rdn.Length - 1 ? rdn[(equals + 1)..].Trim() : null;
    }
}
