using System.Security.Cryptography;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Crm.Modules.Identity.Mfa;

/// <summary>
/// Identity's user store, with the TOTP authenticator key encrypted by data protection before it reaches
/// <c>user_tokens</c>: a reader of the database alone cannot compute the user's codes.
/// </summary>
internal sealed class ProtectedAuthenticatorKeyStore(IdentityModuleDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber? describer = null)
    : UserStore<User, Role, IdentityModuleDbContext, Guid>(context, describer)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Crm.Identity.AuthenticatorKey");

    /// <summary>Identity's authenticator keys are 32 Base32 characters; a protected payload never looks like one.</summary>
    private static bool IsClearKey(string value) => value.Length == 32 && value.All(c => c is >= 'A' and <= 'Z' or >= '2' and <= '7');

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, _protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException) when (IsClearKey(stored))
        {
            // Written in clear before keys were protected: still the user's key, protected at its next reset.
            return stored;
        }
        catch (CryptographicException)
        {
            // The data-protection key that sealed it is gone: the app's codes cannot be checked, so MFA must be reset.
            return null;
        }
    }
}
