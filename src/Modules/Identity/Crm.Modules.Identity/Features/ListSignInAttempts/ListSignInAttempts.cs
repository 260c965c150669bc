using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListSignInAttempts;

internal sealed record SignInAttemptResponse(
    Guid Id,
    string Email,
    Guid? UserId,
    bool Succeeded,
    string? FailureReason,
    string Method,
    string? IpAddress,
    string? UserAgent,
    DateTimeOffset AttemptedAtUtc);

/// <summary>Every sign-in, successful or not, oldest first, one keyset page at a time.</summary>
internal sealed record ListSignInAttempts(int? Limit, string? Cursor) : IQuery<Result<Page<SignInAttemptResponse>>>;

internal sealed class ListSignInAttemptsHandler(IdentityModuleDbContext db) : IQueryHandler<ListSignInAttempts, Result<Page<SignInAttemptResponse>>>
{
    public async ValueTask<Result<Page<SignInAttemptResponse>>> Handle(ListSignInAttempts query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var page = paging.Value;
        var attempts = db.SignInAttempts.AsNoTracking();
        if (page.After is { } after)
        {
            attempts = attempts.Where(a => a.Id.CompareTo(after) > 0);
        }

        var rows = await attempts.OrderBy(a => a.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return page.ToPage(rows, a => a.Id, a => new SignInAttemptResponse(
            a.Id, a.Email, a.UserId, a.Succeeded, a.FailureReason, a.Method, a.IpAddress, a.UserAgent, a.AttemptedAtUtc));
    }
}
