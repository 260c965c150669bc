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
}
