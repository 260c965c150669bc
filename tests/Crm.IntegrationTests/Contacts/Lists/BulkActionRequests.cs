using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;

namespace Crm.IntegrationTests.Contacts.Lists;

/// <summary>What the bulk action tests of both lists do: ask for one and wait until it has run.</summary>
internal static class BulkActionRequests
{
    // url: the list's bulk actions, /api/v1/contacts/bulk-actions or /api/v1/companies/bulk-actions.
    public static async Task<BulkActionDto> RunAsync(HttpClient client, string url, object body)
    {
        var asked = await (await client.PostAsJsonAsync(url, body)).ReadOk<BulkActionDto>(HttpStatusCode.Accepted);
        var done = await Eventually.Get(
            () => client.GetFromJsonAsync<BulkActionDto>($"{url}/{asked.Id}")!, b => b!.Status is "Completed" or "Failed", "the bulk action");
        Assert.That(done!.Status, Is.EqualTo("Completed"), done.FailureReason);
        return done;
    }
}
