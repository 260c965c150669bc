using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListUsers;

/// <summary>Every user, with their roles, one keyset page at a time.</summary>
internal sealed record ListUsers(int? Limit, string? Cursor) : IQuery<Result<Page<UserResponse>>>;

internal sealed class ListUsersHandler(IdentityModuleDbContext db) : IQueryHandler<ListUsers, Result<Page<UserResponse>>>
{
    public async ValueTask<Result<Page<UserResponse>>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var page = paging.Value;
        var users = db.Users.AsNoTracking();
        if (page.After is { } after)
        {
            users = users.Where(u => u.Id.CompareTo(after) > 0);
        }

        var rows = await users.OrderBy(u => u.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var ids = rows.Select(u => u.Id).ToList();
        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Name!).Order(StringComparer.Ordinal)]);
        return page.ToPage(rows, u => u.Id, u => UserResponse.From(u, rolesByUser.GetValueOrDefault(u.Id, [])));
    }
}
