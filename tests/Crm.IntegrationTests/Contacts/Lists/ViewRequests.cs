using System.Net;
using System.Net.Http.Json;

namespace Crm.IntegrationTests.Contacts.Lists;

/// <summary>What the saved view tests of both lists send: versioned changes, and a user put in a team.</summary>
internal static class ViewRequests
{
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, int version, object? body) =>
        client.SendAsync(new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : JsonContent.Create(body),
            Headers = { { "If-Match", $"\"{version}\"" } },
        });

    public static async Task PutTeamAsync(HttpClient client, Guid userId, Guid teamId)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/users/{userId}/team", new { teamId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
    }
}
