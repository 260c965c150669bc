using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Security;

/// <summary>
/// Cookie callers (the web app) prove each unsafe request is theirs: the token is handed out in a readable
/// <c>XSRF-TOKEN</c> cookie and must come back in the <c>X-XSRF-TOKEN</c> header, the convention HTTP clients follow.
/// </summary>
public static class AntiforgeryCookie
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Issues a token for <see cref="HttpContext.User"/>; call it again whenever the user changes (sign-in).</summary>
    public static void Issue(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
    }
}
