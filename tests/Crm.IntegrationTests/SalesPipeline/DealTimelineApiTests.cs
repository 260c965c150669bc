using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class DealTimelineApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ADealsTimeline_TellsItsStagesQuotesAndOrder_NewestFirst()
    {
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Formation équipe" })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var dealId = deal.GetProperty("id").GetGuid();
        var moved = await SendAsync(HttpMethod.Post, $"/api/v1/deals/{dealId}/move", deal.GetProperty("version").GetInt32(), new { stageId = pipeline.Stage("Proposition").Id });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        var quote = await (await Client.PostAsJsonAsync($"/api/v1/deals/{dealId}/quotes", new { lines = new[] { new { description = "Formation", unitPrice = 900, vatRate = 20 } } }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);
        var sent = await (await SendAsync(HttpMethod.Post, $"/api/v1/quotes/{quote.GetProperty("id").GetGuid()}/send", quote.GetProperty("version").GetInt32())).ReadOk<JsonElement>();
        var accepted = await SendAsync(HttpMethod.Post, $"/api/v1/quotes/{quote.GetProperty("id").GetGuid()}/accept", sent.GetProperty("version").GetInt32());
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());

        var timeline = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/deals/{dealId}/timeline");
        var firstPage = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/deals/{dealId}/timeline?limit=2");
        var secondPage = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/deals/{dealId}/timeline?limit=10&cursor={firstPage.GetProperty("nextCursor").GetString()}");

        var items = timeline.GetProperty("items").EnumerateArray().ToList();
        var kinds = items.Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(kinds, Is.EquivalentTo(new[] { "Created", "StageEntered", "QuoteCreated", "QuoteSent", "QuoteAccepted", "OrderPlaced", "Won" }));
            Assert.That(kinds[^1], Is.EqualTo("Created"), "newest first, the creation last");
            Assert.That(items.Select(e => e.GetProperty("atUtc").GetDateTimeOffset()), Is.Ordered.Descending);
            var order = items.Single(e => e.GetProperty("kind").GetString() == "OrderPlaced");
            Assert.That(order.GetProperty("subject").GetString(), Does.StartWith("CMD-"));
            Assert.That(items.Single(e => e.GetProperty("kind").GetString() == "QuoteSent").GetProperty("subjectId").GetGuid(), Is.EqualTo(quote.GetProperty("id").GetGuid()));
            Assert.That(items.Single(e => e.GetProperty("kind").GetString() == "StageEntered").GetProperty("subject").GetString(), Is.EqualTo("Proposition"));
            Assert.That(items.Single(e => e.GetProperty("kind").GetString() == "Won").GetProperty("by").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            var paged = firstPage.GetProperty("items").EnumerateArray().Concat(secondPage.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetGuid());
            Assert.That(paged, Is.EqualTo(items.Select(e => e.GetProperty("id").GetGuid())), "two pages give the whole timeline once");
            Assert.That(secondPage.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task ADealOutOfSight_HasNoTimelineForMe()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/deals", new { scope = "own" })).ReadOk<object>();
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Secret" })).ReadOk<JsonElement>(HttpStatusCode.Created);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        await (await rep.GetAsync($"/api/v1/deals/{deal.GetProperty("id").GetGuid()}/timeline")).AssertProblem(HttpStatusCode.NotFound, "deal.not_found");
        await (await Client.GetAsync($"/api/v1/deals/{deal.GetProperty("id").GetGuid()}/timeline?cursor=nonsense")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return Client.SendAsync(request);
    }
}
