using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Oidc;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.CompleteOidcSignIn;

/// <summary>What an identity provider said about the person (<paramref name="External"/>), turned into a CRM session.</summary>
internal sealed record CompleteOidcSignIn(string Scheme, ClaimsPrincipal External, string? IpAddress, string? UserAgent) : ICommand<Result<ClaimsPrincipal>>;

/// <summary>
/// Finds, links or creates the account (<see cref="ExternalAccounts"/>), brings its provider-managed roles in step with
/// the groups, and opens the session. Every refusal gets the same answer; the audit records the real reason.
/// </summary>
internal sealed class CompleteOidcSignInHandler(
    OidcProviders providers,
    ExternalAccounts accounts,
    UserManager<User> users,
    SignInManager<User> signIn,
    IdentityModuleDbContext db,
    TimeProvider time) : ICommandHandler<CompleteOidcSignIn, Result<ClaimsPrincipal>>
{
    public static readonly Error Refused = Error.Unauthenticated("sign_in_refused", "The account cannot sign in with this provider.");

    public async ValueTask<Result<ClaimsPrincipal>> Handle(CompleteOidcSignIn command, CancellationToken cancellationToken)
    {
        var provider = providers.Find(command.Scheme) ?? throw new InvalidOperationException($"No OpenID Connect provider '{command.Scheme}'.");
        var claims = command.External;
        var subject = claims.FindFirst("sub")?.Value;
        var email = claims.FindFirst(provider.EmailClaim)?.Value?.Trim();
        User? user = null;
        string? failure;
        if (string.IsNullOrEmpty(subject))
        {
            failure = "no_subject";
        }
        else if (string.IsNullOrEmpty(email) || email.Length > 256)
        {
            failure = "no_email";
        }
        else
        {
            var identity = new ExternalIdentity(
                provider.Method,
                subject,
                email,
                provider.AssumeEmailVerified || bool.TryParse(claims.FindFirst("email_verified")?.Value, out var verified) && verified,
                provider.LinkExistingAccountsByEmail,
                claims.FindFirst("name")?.Value,
                [.. claims.FindAll(provider.GroupsClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal)]);
            (user, failure) = await accounts.ProvisionAsync(identity, provider.GroupRoleMap, cancellationToken);
            if (failure is null && user is not null)
            {
                failure = await users.IsLockedOutAsync(user) ? "locked_out"
                    : !await signIn.CanSignInAsync(user) ? "not_allowed"
                    : null;
            }
        }

        await db.AuditAsync(
            SignInAttempt.Of(email ?? string.Empty, user?.Id, provider.Method, failure, command.IpAddress, command.UserAgent, time.GetUtcNow()),
            cancellationToken);
        if (failure is not null || user is null)
        {
            return Refused;
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: provider.Method);
        return await signIn.CreateUserPrincipalAsync(user);
    }
}
