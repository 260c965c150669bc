using System.Security.Claims;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Http;

namespace Crm.Modules.Identity.Visibility;

/// <summary>The caller of the current HTTP request, from the claims its session or API token carries.</summary>
internal sealed class CurrentUser(IHttpContextAccessor http, DirectoryCache directory) : ICurrentUser
{
    private IReadOnlySet<string>? _permissions;

    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid Id => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public IReadOnlySet<string> Permissions => _permissions ??= IsAuthenticated
        ? Principal!.FindAll(PermissionClaims.Type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>();

    public async ValueTask<UserPreferences> GetPreferencesAsync(CancellationToken cancellationToken)
    {
        var user = (await directory.GetAsync(cancellationToken)).FindUser(Id);
        return user is null ? new UserPreferences("fr", "Europe/Paris") : new UserPreferences(user.Language, user.TimeZone);
    }
}
