using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

internal sealed record BulkActionDto(Guid Id, string Action, string Status, int Total, int Done, int Changed, string? FailureReason);

/// <summary>Changes to many contacts at once, on ticked contacts or a whole filtered list, run in the background with progress.</summary>
internal sealed class BulkActionsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AddTag_ToAWholeFilteredList_TagsThoseContactsOnly_AndCountsWhatChanged()
    {
        await CreateAsync("Lovelace", "Customer", ["vip"]);
        await CreateAsync("Hopper", "Customer", []);
        await CreateAsync("Hamilton", "Lead", []);

        var done = await RunAsync(new { action = "AddTag", tag = "salon-2026", filters = new[] { "lifecycleStage:eq:customer" } });

        Assert.That((done.Status, done.Total, done.Done, done.Changed), Is.EqualTo(("Completed", 2, 2, 2)));
        Assert.That(await NamesAsync("filter=tags:eq:salon-2026&sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
        var again = await RunAsync(new { action = "AddTag", tag = "salon-2026", filters = new[] { "lifecycleStage:eq:customer" } });
        Assert.That(again.Changed, Is.Zero, "a contact holding the tag is not changed again");
    }

    [Test]
    public async Task SetField_AndAssignOwner_OnTickedContacts_ChangeThemOnly()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "segment", label = "Segment", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "ETI" } } });
        var ada = await CreateAsync("Lovelace", "Lead", []);
        var grace = await CreateAsync("Hopper", "Lead", []);
        await CreateAsync("Hamilton", "Lead", []);
        var colleague = await Users.Create(App, "colleague@example.com", "SalesRep");

        await RunAsync(new { action = "SetField", field = "cf.segment", value = "ETI", contactIds = new[] { ada, grace } });
        await RunAsync(new { action = "SetField", field = "lifecycleStage", value = "Customer", contactIds = new[] { ada } });
        var assigned = await RunAsync(new { action = "AssignOwner", ownerId = colleague, contactIds = new[] { grace } });

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("filter=cf.segment:eq:eti&sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
            Assert.That(await NamesAsync("filter=lifecycleStage:eq:customer"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await NamesAsync($"filter=ownerId:eq:{colleague}"), Is.EqualTo(new[] { "Hopper" }));
            Assert.That(assigned.Changed, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Delete_OnASearch_DeletesOnlyWhatTheCallerSees()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await CreateAsync("Hopper", "Lead", []);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", ignoreDuplicates = true });

        var accepted = await rep.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "Delete", q = "hopper" });
        var asked = await accepted.ReadOk<BulkActionDto>(HttpStatusCode.Accepted);
        var done = await Eventually.Get(() => rep.GetFromJsonAsync<BulkActionDto>($"/api/v1/contacts/bulk-actions/{asked.Id}")!, b => b!.Status is "Completed" or "Failed", "the bulk delete");

        Assert.That((done!.Status, done.Total, done.Changed), Is.EqualTo(("Completed", 1, 1)));
        Assert.That(await NamesAsync(string.Empty), Is.EqualTo(new[] { "Hopper" }), "the administrator's Hopper stays");
        Assert.That((await Client.GetAsync($"/api/v1/contacts/bulk-actions/{asked.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an action is its requester's");
    }

    [TestCase("""{ "action": "AddTag" }""", HttpStatusCode.BadRequest, "bulk.tag_invalid")]
    [TestCase("""{ "action": "AssignOwner", "ownerId": "0199b0a4-0000-7000-8000-000000000000" }""", HttpStatusCode.BadRequest, "bulk.owner_unknown")]
    [TestCase("""{ "action": "SetField", "field": "firstName", "value": "x" }""", HttpStatusCode.BadRequest, "bulk.field_unknown")]
    [TestCase("""{ "action": "SetField", "field": "lifecycleStage", "value": "prospect" }""", HttpStatusCode.BadRequest, "bulk.value_invalid")]
    [TestCase("""{ "action": "Delete", "filters": ["nickname:eq:x"] }""", HttpStatusCode.BadRequest, "filter.field_unknown")]
    public async Task WrongBulkAction_IsRefusedBeforeAnythingChanges(string body, HttpStatusCode status, string code)
    {
        await CreateAsync("Lovelace", "Lead", []);
        var response = await Client.PostAsync("/api/v1/contacts/bulk-actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
        Assert.That(await NamesAsync(string.Empty), Is.EqualTo(new[] { "Lovelace" }));
    }

    private Task<BulkActionDto> RunAsync(object body) => BulkActionRequests.RunAsync(Client, "/api/v1/contacts/bulk-actions", body);

    private async Task<Guid> CreateAsync(string lastName, string stage, string[] tags)
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName, lifecycleStage = stage, tags, ignoreDuplicates = true })).ReadJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<string[]> NamesAsync(string query) =>
        [.. (await (await Client.GetAsync($"/api/v1/contacts?{query}")).ReadOk<ContactListDto>()).Items.Select(c => c.LastName)];
}
