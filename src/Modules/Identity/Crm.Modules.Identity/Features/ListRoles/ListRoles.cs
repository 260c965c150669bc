using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListRoles;

/// <summary>Every role with its permissions, built-in ones first, then by name.</summary>
internal sealed record ListRoles : IQuery<IReadOnlyList<RoleResponse>>;

internal sealed class ListRolesHandler(IdentityModuleDbContext db) : IQueryHandler<ListRoles, IReadOnlyList<RoleResponse>>
{
    public async ValueTask<IReadOnlyList<RoleResponse>> Handle(ListRoles query, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == PermissionClaims.Type).Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken);
        var permissionsByRole = claims.ToLookup(c => c.RoleId, c => c.ClaimValue!);
        return [.. roles.Select(r => new RoleResponse(r.Id, r.Name!, r.IsBuiltIn, r.RequiresMfa, [.. permissionsByRole[r.Id].Order(StringComparer.Ordinal)]))];
    }
}
