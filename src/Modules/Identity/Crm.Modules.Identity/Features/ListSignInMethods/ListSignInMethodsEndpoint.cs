using Crm.Modules.Identity.Ldap;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Features.ListSignInMethods;

/// <summary>Which sign-in forms the web app shows: the password always, LDAP when configured (and, later, each identity provider).</summary>
internal static class ListSignInMethodsEndpoint
{
    /// <summary>One way to sign in: <c>password</c>, <c>ldap</c>.</summary>
    public sealed record SignInMethod(string Kind);

    public sealed record Response(IReadOnlyList<SignInMethod> Methods);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/methods", Handle)
            .WithName("ListSignInMethods")
            .WithSummary("The sign-in methods this server offers, for the sign-in page.")
            .AllowAnonymous();

    private static Ok<Response> Handle(IOptions<LdapOptions> ldap)
    {
        var methods = new List<SignInMethod> { new("password") };
        if (ldap.Value.Enabled)
        {
            methods.Add(new SignInMethod(LdapSignIn.LdapSignInHandler.Method));
        }

        return TypedResults.Ok(new Response(methods));
    }
}
