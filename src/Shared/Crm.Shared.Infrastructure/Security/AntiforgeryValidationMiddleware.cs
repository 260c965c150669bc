using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Crm.Shared.Infrastructure.Security;

/// <summary>
/// An unsafe request (POST, PUT, PATCH, DELETE) authenticated by the session cookie must carry the antiforgery
/// token; other callers (API tokens, anonymous endpoints) are not exposed to cross-site requests and pass.
/// </summary>
internal sealed class AntiforgeryValidationMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && http.User.Identity is { IsAuthenticated: true, AuthenticationType: var scheme } && scheme == SessionScheme.Name
            && !await antiforgery.IsRequestValidAsync(http))
        {
            await ProblemResults.Write(http, new Error(
                "antiforgery.invalid",
                $"This request needs the {AntiforgeryCookie.HeaderName} header holding the value of the {AntiforgeryCookie.CookieName} cookie.",
                ErrorKind.Forbidden));
            return;
        }

        await next(http);
    }
}
