using System.Net;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// Built from the endpoints the app really maps: every endpoint is called without credentials (401), by a signed-in
/// user holding no permission (403 where a permission is required), and by the administrator (never 401, 403 or 500).
/// Only the endpoints listed in <see cref="AnonymousEndpoints"/> may let anonymous callers in.
/// </summary>
internal sealed partial class AuthorizationMatrixTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string NobodyEmail = "nobody@crm.test";
    private const string NobodyPassword = "holds no permission at all";

    [Test]
    public void AnonymousEndpoints_AreExactlyTheListedOnes()
    {
        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText!).ToHashSet();
        Assert.That(anonymous, Is.EquivalentTo(AnonymousEndpoints.RoutePatterns));
    }

    [Test]
    public async Task EveryProtectedEndpoint_RefusesAnonymousCallersWith401()
    {
        using var anonymous = App.CreateClient();
        var calls = ProtectedCalls().ToList();
        foreach (var call in calls)
        {
            var response = await anonymous.SendAsync(call.Request());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), call.ToString());
        }

        await TestContext.Out.WriteLineAsync($"{Provider}: {calls.Count} protected endpoint calls refused to anonymous callers");
    }

    [Test]
    public async Task EveryPermissionGuardedEndpoint_RefusesAUserWithoutThePermissionWith403()
    {
        await CreateUserWithoutRoles();
        using var nobody = App.CreateClient();
        (await Session.SignIn(nobody, NobodyEmail, NobodyPassword)).EnsureSuccessStatusCode();
        var guarded = ProtectedCalls().Where(c => c.Permission is not null).ToList();
        Assert.That(guarded, Is.Not.Empty);
        foreach (var call in guarded)
        {
            var response = await nobody.SendAsync(call.Request());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), call.ToString());
        }

        await TestContext.Out.WriteLineAsync($"{Provider}: {guarded.Count} permission-guarded endpoint calls refused to a user without the permission");
    }

    [Test]
    public async Task EveryEndpoint_LetsTheAdministratorThrough()
    {
        var calls = ProtectedCalls().ToList();
        foreach (var call in calls)
        {
            // A fresh session each time: one of the calls is sign-out.
            using var admin = await App.CreateAdministratorClientAsync();
            // Headers only: the notifications' event stream answers 200 and never ends.
            using var response = await admin.SendAsync(call.Request(), HttpCompletionOption.ResponseHeadersRead);
            var status = (int)response.StatusCode;
            var body = status is 401 or 403 or >= 500 ? await response.Content.ReadAsStringAsync() : string.Empty;
            Assert.That(status, Is.Not.EqualTo(401).And.Not.EqualTo(403).And.LessThan(500), $"{call}: {body}");
        }

        await TestContext.Out.WriteLineAsync($"{Provider}: {calls.Count} endpoint calls let the administrator through");
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private IEnumerable<Call> ProtectedCalls() =>
        from endpoint in Endpoints()
        where endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]
        select new Call(
            method,
            RouteParameter().Replace(endpoint.RoutePattern.RawText!, parameter => parameter.Value.EndsWith(":int}", StringComparison.Ordinal) ? "0" : Guid.NewGuid().ToString()),
            RequiredPermission(endpoint),
            endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes: [var accepts, ..] } ? accepts : null);

    private static string? RequiredPermission(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<ClaimsAuthorizationRequirement>())
            .Where(r => r.ClaimType == PermissionClaims.Type)
            .SelectMany(r => r.AllowedValues ?? [])
            .FirstOrDefault();

    private async Task CreateUserWithoutRoles()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var created = await users.CreateAsync(new User { UserName = NobodyEmail, Email = NobodyEmail, DisplayName = "Nobody" }, NobodyPassword);
        Assert.That(created.Succeeded, Is.True);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    /// <summary>A call with a body of the kind the endpoint takes: JSON, or an empty form where it takes a file.</summary>
    private sealed record Call(string Method, string Path, string? Permission, string? Accepts)
    {
        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = Accepts == "multipart/form-data"
                    ? new MultipartFormDataContent()
                    : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                request.Headers.TryAddWithoutValidation("If-Match", "*");
            }

            return request;
        }

        public override string ToString() => $"{Method} {Path} ({Permission ?? "signed in"})";
    }
}
