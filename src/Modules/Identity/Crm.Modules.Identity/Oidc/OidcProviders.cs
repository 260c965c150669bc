using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Crm.Modules.Identity.Oidc;

/// <summary>
/// One identity provider from <c>Identity:Oidc:Providers:&lt;scheme&gt;</c>. <see cref="GroupRoles"/> maps a group the
/// provider names in <see cref="GroupsClaim"/> to the CRM roles it gives; the roles named there are managed by the
/// provider (see <c>ExternalAccounts</c>).
/// </summary>
internal sealed class OidcProvider
{
    public string Scheme { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes besides <c>openid</c>; <c>profile</c> and <c>email</c> when none are given.</summary>
    public string[]? Scopes { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary><c>query</c> (default) or <c>form_post</c>.</summary>
    public string ResponseMode { get; set; } = "query";

    public string GroupsClaim { get; set; } = "groups";

    public string EmailClaim { get; set; } = "email";

    /// <summary>
    /// Treat the email as verified even without an <c>email_verified</c> claim (for a corporate directory that manages
    /// its addresses but does not send that claim). It allows linking an existing account of the same email.
    /// </summary>
    public bool AssumeEmailVerified { get; set; }

    /// <summary>
    /// Lets a provider's account with a verified email take over the local account of that email. Off by default:
    /// a provider that lets people choose their email would let them become anyone, the administrator included.
    /// </summary>
    public bool LinkExistingAccountsByEmail { get; set; }

    public Dictionary<string, string[]> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sign-in method recorded in the audit and in the session (<c>amr</c>).</summary>
    public string Method => $"oidc:{Scheme}";

    public string CallbackPath => $"/signin-oidc-{Scheme}";

    public string ChallengeUrl => $"/api/v1/auth/oidc/{Scheme}/challenge";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> GroupRoleMap =>
        GroupRoles.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value, StringComparer.OrdinalIgnoreCase);
}

/// <summary>The identity providers configured under <c>Identity:Oidc:Providers</c>, by scheme (zero or more).</summary>
internal sealed partial class OidcProviders(IReadOnlyList<OidcProvider> providers)
{
    public const string Section = "Identity:Oidc:Providers";

    public IReadOnlyList<OidcProvider> All { get; } = providers;

    public OidcProvider? Find(string scheme) => All.FirstOrDefault(p => string.Equals(p.Scheme, scheme, StringComparison.Ordinal));

    /// <summary>Reads and checks the providers; a wrong one stops the start-up with a message saying what to fix.</summary>
    public static OidcProviders From(IConfiguration configuration)
    {
        var providers = new List<OidcProvider>();
        foreach (var section in configuration.GetSection(Section).GetChildren())
        {
            var provider = new OidcProvider();
            section.Bind(provider);
            provider.Scheme = section.Key;
            // The scheme is in the callback path and the audited method ("oidc:<scheme>", at most 20 characters).
            if (!SchemeName().IsMatch(provider.Scheme))
            {
                throw new InvalidOperationException($"{Section}:{section.Key}: the scheme must be 1 to 15 lower-case letters, digits or dashes.");
            }

            if (string.IsNullOrWhiteSpace(provider.Authority) || !Uri.TryCreate(provider.Authority, UriKind.Absolute, out _))
            {
                throw new InvalidOperationException($"{Section}:{section.Key}:Authority must be the provider's absolute URL.");
            }

            if (string.IsNullOrWhiteSpace(provider.ClientId))
            {
                throw new InvalidOperationException($"{Section}:{section.Key}:ClientId is required.");
            }

            if (provider.ResponseMode is not ("query" or "form_post"))
            {
                throw new InvalidOperationException($"{Section}:{section.Key}:ResponseMode must be 'query' or 'form_post'.");
            }

            provider.DisplayName = string.IsNullOrWhiteSpace(provider.DisplayName) ? provider.Scheme : provider.DisplayName;
            providers.Add(provider);
        }

        return new OidcProviders(providers);
    }

    [GeneratedRegex("^[a-z0-9-]{1,15}$")]
    private static partial Regex SchemeName();
}
