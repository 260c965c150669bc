namespace Crm.Shared.Infrastructure.Security;

/// <summary>The web app's session: ASP.NET Core Identity's application cookie.</summary>
public static class SessionScheme
{
    /// <summary>Same value as <c>IdentityConstants.ApplicationScheme</c>.</summary>
    public const string Name = "Identity.Application";
}
