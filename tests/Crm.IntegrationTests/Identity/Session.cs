using System.Net.Http.Json;

namespace Crm.IntegrationTests.Identity;

/// <summary>Signs a client in as the web app does, and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on later requests.</summary>
internal static class Session
{
    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { email, password });
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        EchoXsrf(client, response);
        return response;
    }

    /// <summary>Echoes the XSRF-TOKEN cookie <paramref name="response"/> set, if any, as the web app does.</summary>
    public static void EchoXsrf(HttpClient client, HttpResponseMessage response)
    {
        var xsrf = SetCookie(response, "XSRF-TOKEN");
        if (xsrf is not null)
        {
            client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf.Split(';')[0]["XSRF-TOKEN=".Length..]);
        }
    }

    /// <summary>The whole Set-Cookie header of the named cookie, attributes included.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
}
