using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListDirectoryPeople;

/// <summary>Every user, active or not, with nothing but their name and team: one keyset page at a time.</summary>
internal sealed record ListDirectoryPeople(int? Limit, string? Cursor) : IQuery<Result<Page<DirectoryPersonResponse>>>;

internal sealed class ListDirectoryPeopleHandler(IdentityModuleDbContext db) : IQueryHandler<ListDirectoryPeople, Result<Page<DirectoryPersonResponse>>>
{
    public async ValueTask<Result<Page<DirectoryPersonResponse>>> Handle(ListDirectoryPeople query, CancellationToken cancellationToken)
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

        var rows = await users.OrderBy(u => u.Id)
            .Take(page.Limit + 1)
            .Select(u => new { u.Id, u.DisplayName, u.TeamId, u.IsActive })
            .ToListAsync(cancellationToken);
        return page.ToPage(rows, u => u.Id, u => new DirectoryPersonResponse(u.Id, u.DisplayName, u.TeamId?.Value, u.IsActive));
    }
}
