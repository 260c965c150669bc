using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Tokens;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Identity.Sessions;

/// <summary>
/// Everything a user's cached claims depend on, read in one query by primary key on every request: the user's own
/// columns that go into the claims or decide whether the session still stands, and the database-wide
/// <see cref="AccessVersion"/> for roles and permissions.
/// </summary>
internal sealed record SessionAccessTag(string? SecurityStamp, bool IsActive, string? UserName, string? Email, bool TwoFactorEnabled, Guid? AccessVersion);

/// <summary>An API token with its user's <see cref="SessionAccessTag"/>, read together.</summary>
internal sealed record ApiTokenAccess(ApiToken Token, SessionAccessTag Tag);

/// <summary>The claims <see cref="Features.SessionPrincipalFactory"/> built for a user under <see cref="Tag"/>.</summary>
internal sealed class UserAccess
{
    /// <summary>Claims that belong to one session, not to the user: how it signed in.</summary>
    private static readonly string[] SessionClaimTypes = ["amr", ClaimTypes.AuthenticationMethod];

    private readonly Claim[] _claims;
    private readonly string? _authenticationType;
    private readonly string _nameClaimType;
    private readonly string _roleClaimType;

    public UserAccess(SessionAccessTag tag, ClaimsIdentity identity)
    {
        Tag = tag;
        _claims = [.. identity.Claims.Where(c => !SessionClaimTypes.Contains(c.Type, StringComparer.Ordinal))];
        _authenticationType = identity.AuthenticationType;
        _nameClaimType = identity.NameClaimType;
        _roleClaimType = identity.RoleClaimType;
        Permissions = _claims.Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
    }

    public SessionAccessTag Tag { get; }

    /// <summary>What the user may do now (none while a required MFA enrolment is pending).</summary>
    public IReadOnlySet<string> Permissions { get; }

    /// <summary>
    /// A principal of its own for one request (the cached claims are copied into it, so nothing a request does to its
    /// principal reaches another), with the session's own claims kept from <paramref name="session"/>.
    /// </summary>
    public ClaimsPrincipal PrincipalFor(ClaimsPrincipal session) =>
        new(new ClaimsIdentity(
            _claims.Concat(session.Claims.Where(c => SessionClaimTypes.Contains(c.Type, StringComparer.Ordinal))),
            _authenticationType,
            _nameClaimType,
            _roleClaimType));
}

/// <summary>
/// Per host process: each user's <see cref="UserAccess"/> under the tag it was built for. Nothing here is trusted
/// without the tag just read from the database, so a change made through any process shows at the next request
/// everywhere; entries of users not seen for <see cref="Idle"/> are dropped.
/// </summary>
internal sealed class SessionAccessCache : IDisposable
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(1);
    private const int MaxUsers = 50_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxUsers });

    public UserAccess? Find(Guid userId, SessionAccessTag tag) =>
        _entries.TryGetValue(userId, out UserAccess? access) && access!.Tag == tag ? access : null;

    public void Store(Guid userId, UserAccess access) =>
        _entries.Set(userId, access, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    public void Dispose() => _entries.Dispose();
}

/// <summary>
/// The two reads of the per-request check, compiled once per host process (a compiled query belongs to one EF model,
/// hence one database provider), on contexts of a pool of their own: a context from the container costs its options
/// and its internal services again on every request, which is more than the query itself. These contexts only read.
/// </summary>
internal sealed class SessionAccessQueries
{
    private readonly PooledDbContextFactory<IdentityModuleDbContext> _contexts;

    private readonly Func<IdentityModuleDbContext, Guid, CancellationToken, Task<SessionAccessTag?>> _readTag =
        EF.CompileAsyncQuery((IdentityModuleDbContext db, Guid userId, CancellationToken _) =>
            db.Users
                .Where(u => u.Id == userId)
                .Select(u => new SessionAccessTag(
                    u.SecurityStamp,
                    u.IsActive,
                    u.UserName,
                    u.Email,
                    u.TwoFactorEnabled,
                    db.AccessVersions.Where(v => v.Id == AccessVersion.RowId).Select(v => (Guid?)v.Version).FirstOrDefault()))
                .FirstOrDefault());

    private readonly Func<IdentityModuleDbContext, ApiTokenId, CancellationToken, Task<ApiTokenAccess?>> _readToken =
        EF.CompileAsyncQuery((IdentityModuleDbContext db, ApiTokenId tokenId, CancellationToken _) =>
            db.ApiTokens.AsNoTracking()
                .Where(t => t.Id == tokenId)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new ApiTokenAccess(t, new SessionAccessTag(
                    u.SecurityStamp,
                    u.IsActive,
                    u.UserName,
                    u.Email,
                    u.TwoFactorEnabled,
                    db.AccessVersions.Where(v => v.Id == AccessVersion.RowId).Select(v => (Guid?)v.Version).FirstOrDefault())))
                .FirstOrDefault());

    public SessionAccessQueries(DatabaseOptions database, IServiceProvider services)
    {
        // As AddDbContext does: the application's services give these contexts its logging and diagnostics.
        var options = new DbContextOptionsBuilder<IdentityModuleDbContext>().UseApplicationServiceProvider(services);
        ModuleDbContextOptions.Apply(options, database, IdentityModule.Schema);
        _contexts = new PooledDbContextFactory<IdentityModuleDbContext>(options.Options);
    }

    public async Task<SessionAccessTag?> ReadTagAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        return await _readTag(db, userId, cancellationToken);
    }

    public async Task<ApiTokenAccess?> ReadTokenAsync(ApiTokenId tokenId, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        return await _readToken(db, tokenId, cancellationToken);
    }
}

/// <summary>
/// The roles and permissions of a user for this request: from <see cref="SessionAccessCache"/> when the tag read now
/// is the one they were built under, else built again by <see cref="Features.SessionPrincipalFactory"/> (the user, their
/// claims, roles and permissions: four queries, only after a change).
/// </summary>
internal sealed class SessionAccess(SessionAccessQueries queries, SessionAccessCache cache, IServiceProvider services)
{
    public Task<SessionAccessTag?> ReadTagAsync(Guid userId, CancellationToken cancellationToken) => queries.ReadTagAsync(userId, cancellationToken);

    public Task<ApiTokenAccess?> ReadTokenAsync(ApiTokenId tokenId, CancellationToken cancellationToken) => queries.ReadTokenAsync(tokenId, cancellationToken);

    /// <summary>
    /// The user's access under <paramref name="tag"/>, which must have been read before: whatever changes after that
    /// read gives another tag, so an access built from later data is at worst built once more. Null when the user is gone.
    /// </summary>
    public async Task<UserAccess?> GetAsync(Guid userId, SessionAccessTag tag)
    {
        if (cache.Find(userId, tag) is { } cached)
        {
            return cached;
        }

        // Resolved only when building: a request served from the cache needs neither.
        var user = await services.GetRequiredService<UserManager<User>>().FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }

        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user);
        var access = new UserAccess(tag, (ClaimsIdentity)principal.Identity!);
        cache.Store(userId, access);
        return access;
    }
}
