using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Crm.Shared.Infrastructure.Security;

public static class PermissionClaims
{
    /// <summary>Claim type of a permission held through a role, for example <c>contacts.read</c>.</summary>
    public const string Type = "permission";

    /// <summary>The endpoint needs a signed-in caller holding <paramref name="permission"/>: 401 without one, 403 without it.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(Type, permission).Build());

    /// <summary>
    /// The endpoint manages the account itself (tokens, MFA, profile): only the user's own session may call it, never
    /// an API token, so a narrow token cannot mint wider ones or take the account over.
    /// </summary>
    public static TBuilder RequireSession<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder(SessionScheme.Name).RequireAuthenticatedUser().Build());
}
