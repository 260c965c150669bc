using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Accounts;

/// <summary>A named set of permissions (held as role claims of type <c>permission</c>).</summary>
internal sealed class Role : IdentityRole<Guid>
{
    public bool IsBuiltIn { get; set; }

    /// <summary>Holders of the role must use a second factor: until they enrol, their session holds no permission.</summary>
    public bool RequiresMfa { get; set; }
}
