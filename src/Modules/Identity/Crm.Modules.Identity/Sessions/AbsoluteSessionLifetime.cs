using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Identity.Sessions;

/// <summary>
/// A session ends <c>Identity:SessionAbsoluteLifetime</c> (12 h by default) after its sign-in, however active it
/// stays: the sliding 8 h window alone would let a stolen cookie live for ever. The sign-in time rides in the cookie's
/// properties, which renewals and refreshes keep.
/// </summary>
internal static class AbsoluteSessionLifetime
{
    public const string SignedInAtKey = "crm.signed_in_at";
    public static readonly TimeSpan Default = TimeSpan.FromHours(12);

    public static Task StampSignIn(CookieSigningInContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items.TryAdd(SignedInAtKey, now.ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    /// <summary>Refuses a session past its absolute lifetime, then checks it as <see cref="SessionValidation"/> says.</summary>
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var lifetime = services.GetRequiredService<IConfiguration>().GetValue("Identity:SessionAbsoluteLifetime", Default);
        if (HasExpired(context.Properties.Items, services.GetRequiredService<TimeProvider>().GetUtcNow(), lifetime))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SessionValidation.ValidateAsync(context);
    }

    /// <summary>A session without a sign-in time predates this rule: it counts as signed in long ago.</summary>
    public static bool HasExpired(IDictionary<string, string?> items, DateTimeOffset now, TimeSpan lifetime) =>
        !items.TryGetValue(SignedInAtKey, out var value)
        || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
        || now - signedInAt >= lifetime;
}
