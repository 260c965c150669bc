using System.Text.Json.Serialization;
using Crm.Modules.Identity.Ldap;
using Crm.Modules.Identity.Oidc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Features.ListSignInMethods;

/// <summary>Which sign-in methods the web app offers: the password always, LDAP when configured, then each identity provider.</summary>
internal static class ListSignInMethodsEndpoint
{
    /// <summary>One way to sign in: <c>password</c>, <c>ldap</c>, or <c>oidc</c> with its provider.</summary>
    public sealed record SignInMethod(
        string Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scheme = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ChallengeUrl = null);

    public sealed record Response(IReadOnlyList<SignInMethod> Methods);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/methods", Handle)
            .WithName("ListSignInMethods")
            .WithSummary("The sign-in methods on offer: password, LDAP when configured, and each OpenID Connect provider with the URL that starts its sign-in.")
            .AllowAnonymous();

    private static Ok<Response> Handle(IOptions<LdapOptions> ldap, OidcProviders providers)
    {
        var methods = new List<SignInMethod> { new("password") };
        if (ldap.Value.Enabled)
        {
            methods.Add(new SignInMethod(LdapSignIn.LdapSignInHandler.Method));
        }

        methods.AddRange(providers.All.Select(p => new SignInMethod("oidc", p.Scheme, p.DisplayName, p.ChallengeUrl)));
        return TypedResults.Ok(new Response(methods));
    }
}
