using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

internal sealed record SegmentDto(Guid Id, string Name, string Kind, string? Q, List<string> Filters, int Version);

/// <summary>Dynamic segments (a saved search and filters) and static ones (contacts put in by hand), listed and exported with the reader's visibility.</summary>
internal sealed class SegmentsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task DynamicSegment_HoldsWhoeverMeetsItsFilters_WhenRead()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "budget", label = "Budget", type = "Number" });
        await CreateAsync("Lovelace", "Customer", 2000);
        await CreateAsync("Hopper", "Lead", 9000);
        var segment = await DefineAsync(new { name = " Gros clients ", kind = "Dynamic", filters = new[] { "lifecycleStage:in:customer,lead", "cf.budget:gte:1000" } });
        Assert.That((segment.Name, segment.Filters), Is.EqualTo(("Gros clients", new List<string> { "lifecycleStage:in:customer,lead", "cf.budget:gte:1000" })));

        Assert.That(await MembersAsync(segment.Id, "sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
        await CreateAsync("Hamilton", "Customer", 1500);
        await Client.DefineAsync(new { entity = "Contact", key = "tier", label = "Tier", type = "SingleSelect", options = new[] { new { label = "Gold" } } });
        var byLabel = await DefineAsync(new { name = "Gold", kind = "Dynamic", filters = new[] { "cf.tier:eq:Gold" } });
        Assert.That(byLabel.Filters, Is.EqualTo(new[] { "cf.tier:eq:gold" }), "an option is kept by its key, which relabelling does not change");
        Assert.That(await MembersAsync(segment.Id, "sort=lastName&filter=lastName:startsWith:h"), Is.EqualTo(new[] { "Hamilton", "Hopper" }), "a new contact meeting the filters is in; list filters narrow further");
    }

    [Test]
    public async Task StaticSegment_HoldsTheContactsPutInIt_AndAnExportOfItHoldsThemOnly()
    {
        var ada = await CreateAsync("Lovelace", "Customer", null);
        var grace = await CreateAsync("Hopper", "Lead", null);
        await CreateAsync("Hamilton", "Lead", null);
        var segment = await DefineAsync(new { name = "Salon 2026", kind = "Static" });

        var added = await (await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members", new { contactIds = new[] { ada, grace, ada } })).ReadJsonAsync();
        var again = await (await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members", new { contactIds = new[] { ada } })).ReadJsonAsync();
        Assert.That((added.GetProperty("changed").GetInt32(), again.GetProperty("changed").GetInt32()), Is.EqualTo((2, 0)));
        Assert.That(await MembersAsync(segment.Id, "sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));

        var csv = await Client.GetStringAsync($"/api/v1/contacts/export?format=csv&segment={segment.Id}");
        Assert.That(csv, Does.Contain("Lovelace").And.Contain("Hopper").And.Not.Contain("Hamilton"));

        await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members/remove", new { contactIds = new[] { grace } });
        Assert.That(await MembersAsync(segment.Id, string.Empty), Is.EqualTo(new[] { "Lovelace" }));
    }

    [Test]
    public async Task StaticSegment_FollowsAMemberIntoTheContactItWasMergedInto_AndBackOnUndo()
    {
        var ada = await CreateAsync("Lovelace", "Customer", null);
        var copy = await CreateAsync("Lovelace-King", "Lead", null);
        var segment = await DefineAsync(new { name = "Salon 2026", kind = "Static" });
        await (await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members", new { contactIds = new[] { copy } })).ReadJsonAsync();

        var merged = await MergeAsync(ada, copy);
        Assert.That(await MembersAsync(segment.Id, string.Empty), Is.EqualTo(new[] { "Lovelace" }), "the kept contact is the member now");

        var mergeId = merged.GetProperty("merge").GetProperty("id").GetGuid();
        await (await Client.PostAsync($"/api/v1/contacts/merges/{mergeId}/undo", null)).ReadJsonAsync();
        Assert.That(await MembersAsync(segment.Id, string.Empty), Is.EqualTo(new[] { "Lovelace-King" }), "the undo gives the membership back");

        await MergeAsync(ada, copy);
        var removed = await (await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members/remove", new { contactIds = new[] { ada } })).ReadJsonAsync();
        Assert.That(removed.GetProperty("changed").GetInt32(), Is.EqualTo(1));
        Assert.That(await MembersAsync(segment.Id, string.Empty), Is.Empty);
    }

    [Test]
    public async Task Segment_ShowsEachReaderOnlyTheContactsTheyMaySee()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await CreateAsync("Lovelace", "Customer", null);
        var segment = await DefineAsync(new { name = "Clients", kind = "Dynamic", filters = new[] { "lifecycleStage:eq:customer" } });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hedy", lifecycleStage = "Customer" });

        var page = await rep.GetFromJsonAsync<ContactListDto>($"/api/v1/contacts?segment={segment.Id}");
        Assert.That(page!.Items.Select(c => c.LastName), Is.EqualTo(new[] { "Hedy" }));
    }

    [TestCase("""{ "name": "", "kind": "Dynamic" }""", HttpStatusCode.BadRequest, "segment.name_invalid")]
    [TestCase("""{ "name": "X", "kind": "Dynamic", "filters": ["nickname:eq:x"] }""", HttpStatusCode.BadRequest, "filter.field_unknown")]
    [TestCase("""{ "name": "X", "kind": "Static", "filters": ["lastName:eq:x"] }""", HttpStatusCode.BadRequest, "segment.static_has_no_filters")]
    public async Task WrongSegment_IsRefusedSayingWhy(string body, HttpStatusCode status, string code)
    {
        var response = await Client.PostAsync("/api/v1/contacts/segments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
    }

    [Test]
    public async Task PuttingContactsInADynamicSegment_Is422_AndAnUnknownSegment404()
    {
        var ada = await CreateAsync("Lovelace", "Customer", null);
        var segment = await DefineAsync(new { name = "Clients", kind = "Dynamic" });
        await (await Client.PostAsJsonAsync($"/api/v1/contacts/segments/{segment.Id}/members", new { contactIds = new[] { ada } }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "segment.not_static");
        await (await Client.GetAsync($"/api/v1/contacts?segment={Guid.NewGuid()}")).AssertProblem(HttpStatusCode.NotFound, "segment.not_found");
    }

    private async Task<Guid> CreateAsync(string lastName, string stage, int? budget)
    {
        object body = budget is null
            ? new { lastName, lifecycleStage = stage, ignoreDuplicates = true }
            : new { lastName, lifecycleStage = stage, ignoreDuplicates = true, customFields = new { budget } };
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", body)).ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<System.Text.Json.JsonElement> MergeAsync(Guid kept, Guid other)
    {
        var version = (await (await Client.GetAsync($"/api/v1/contacts/{kept}")).ReadJsonAsync()).GetProperty("version").GetInt32();
        var merge = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{kept}/merge") { Content = JsonContent.Create(new { sourceIds = new[] { other } }) };
        merge.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await (await Client.SendAsync(merge)).ReadJsonAsync();
    }

    private async Task<SegmentDto> DefineAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/contacts/segments", body)).ReadOk<SegmentDto>(HttpStatusCode.Created);

    private async Task<string[]> MembersAsync(Guid segment, string query) =>
        [.. (await (await Client.GetAsync($"/api/v1/contacts?segment={segment}&{query}")).ReadOk<ContactListDto>()).Items.Select(c => c.LastName)];
}
