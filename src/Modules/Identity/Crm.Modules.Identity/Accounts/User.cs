using Crm.Modules.Identity.Teams;
using Microsoft.AspNetCore.Identity;
using PersonalDataAttribute = Crm.Shared.Kernel.PersonalDataAttribute;

namespace Crm.Modules.Identity.Accounts;

/// <summary>A person who signs in. Language and time zone shape every screen and date they see.</summary>
internal sealed class User : IdentityUser<Guid>
{
    public User() => Id = Crm.Shared.Kernel.TypedId.NewValue();

    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "fr";

    /// <summary>IANA time zone id, for example <c>Europe/Paris</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>A deactivated user cannot sign in.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAtUtc { get; set; }

    /// <summary>The one team the user belongs to, if any.</summary>
    public TeamId? TeamId { get; set; }

    /// <summary>Version of the profile (name, language, time zone), behind the ETag of <c>/api/v1/me</c>.</summary>
    public int ProfileVersion { get; set; } = 1;
}
