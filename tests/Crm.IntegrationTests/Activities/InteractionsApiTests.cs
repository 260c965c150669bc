using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

internal sealed record InteractionDto(
    Guid Id,
    string Kind,
    DateTimeOffset HappenedAtUtc,
    string? Direction,
    int? DurationSeconds,
    string? Outcome,
    string? Title,
    string? Location,
    string? Notes,
    Guid[] ContactIds,
    Guid? CompanyId,
    Guid? DealId,
    Guid LoggedBy,
    DateTimeOffset LoggedAtUtc,
    int Version);

internal sealed record InteractionPageDto(InteractionDto[] Items, string? NextCursor);

internal sealed class InteractionsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ACall_IsLoggedReadUpdatedAndDeleted_WithItsETag()
    {
        var contactId = Guid.NewGuid();
        var created = await Client.PostAsJsonAsync("/api/v1/interactions", new
        {
            kind = "Call", happenedAtUtc = "2026-11-28T15:00:00+01:00", direction = "Outbound", durationSeconds = 240, outcome = "Reached",
            title = " Relance devis ", contactIds = new[] { contactId },
        });
        var call = await created.ReadOk<InteractionDto>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/interactions/{call.Id}"));
            Assert.That(created.Headers.ETag?.Tag, Is.EqualTo($"\"{call.Version}\""));
            Assert.That((call.Kind, call.Direction, call.DurationSeconds, call.Outcome, call.Title), Is.EqualTo(("Call", "Outbound", (int?)240, "Reached", "Relance devis")));
            Assert.That(call.HappenedAtUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero)));
            Assert.That(call.ContactIds, Is.EqualTo(new[] { contactId }));
            Assert.That(call.LoggedBy, Is.Not.EqualTo(Guid.Empty));
        });

        var read = await Client.GetAsync($"/api/v1/interactions/{call.Id}");
        Assert.That((await read.ReadOk<InteractionDto>()).Title, Is.EqualTo("Relance devis"));
        Assert.That(read.Headers.ETag?.Tag, Is.EqualTo($"\"{call.Version}\""));

        var other = Guid.NewGuid();
        var updated = await (await SendAsync(HttpMethod.Put, $"/api/v1/interactions/{call.Id}", call.Version, new
        {
            kind = "Call", direction = "Inbound", durationSeconds = 60, outcome = "LeftMessage", contactIds = new[] { contactId, other },
        })).ReadOk<InteractionDto>();
        Assert.Multiple(() =>
        {
            Assert.That((updated.Direction, updated.DurationSeconds, updated.Outcome, updated.Title), Is.EqualTo(("Inbound", (int?)60, "LeftMessage", (string?)null)));
            Assert.That(updated.HappenedAtUtc, Is.EqualTo(call.HappenedAtUtc), "kept when not given");
            Assert.That(updated.ContactIds, Is.EquivalentTo(new[] { contactId, other }));
            Assert.That(updated.Version, Is.GreaterThan(call.Version));
        });

        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/interactions/{call.Id}", updated.Version)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync($"/api/v1/interactions/{call.Id}")).AssertProblem(HttpStatusCode.NotFound, "interaction.not_found");
    }

    [Test]
    public async Task AVisitReport_DefaultsToNow_AndKeepsItsLocationAndNotes()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var visit = await CreateAsync(new { kind = "Visit", location = "Lyon, siège", notes = "Démo faite.\nIntéressés par le module B.", companyId = Guid.NewGuid() });
        Assert.Multiple(() =>
        {
            Assert.That((visit.Kind, visit.Location, visit.Notes, visit.Direction, visit.DurationSeconds), Is.EqualTo(("Visit", "Lyon, siège", "Démo faite.\nIntéressés par le module B.", (string?)null, (int?)null)));
            Assert.That(visit.HappenedAtUtc, Is.GreaterThan(before).And.LessThan(DateTimeOffset.UtcNow.AddSeconds(5)));
        });
    }

    [Test]
    public async Task InvalidFields_AreA400NamingEachField()
    {
        var call = await (await Client.PostAsJsonAsync("/api/v1/interactions", new { kind = "Call", durationSeconds = 90_000, location = "Lyon", title = new string('t', 201) }))
            .AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(
            call.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "direction", "durationSeconds", "outcome", "location", "title", "contactIds" }));

        var visit = await (await Client.PostAsJsonAsync("/api/v1/interactions", new
        {
            kind = "Visit", notes = " ", outcome = "Reached", contactIds = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()),
        })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(visit.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "notes", "outcome", "contactIds" }));

        var noKind = await (await Client.PostAsJsonAsync("/api/v1/interactions", new { notes = "Vu", dealId = Guid.NewGuid() })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(noKind.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "kind" }));
        await (await Client.PostAsJsonAsync("/api/v1/interactions", new { kind = "Email", notes = "Vu", dealId = Guid.NewGuid() })).AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.GetAsync("/api/v1/interactions?cursor=nope!")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    [Test]
    public async Task ChangesNeedTheCurrentVersion_412WhenStale_428WhenMissing()
    {
        var visit = await CreateAsync(new { kind = "Visit", notes = "Premier passage", dealId = Guid.NewGuid() });
        var body = new { kind = "Visit", notes = "Premier passage, compte rendu", dealId = visit.DealId };
        var changed = await (await SendAsync(HttpMethod.Put, $"/api/v1/interactions/{visit.Id}", visit.Version, body)).ReadOk<InteractionDto>();

        await (await SendAsync(HttpMethod.Put, $"/api/v1/interactions/{visit.Id}", visit.Version, body)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await SendAsync(HttpMethod.Delete, $"/api/v1/interactions/{visit.Id}", visit.Version)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await Client.PutAsJsonAsync($"/api/v1/interactions/{visit.Id}", body)).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await Client.DeleteAsync($"/api/v1/interactions/{visit.Id}")).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");

        var current = await Client.GetFromJsonAsync<InteractionDto>($"/api/v1/interactions/{visit.Id}");
        Assert.That((current!.Notes, current.Version), Is.EqualTo(("Premier passage, compte rendu", changed.Version)));
    }

    [Test]
    public async Task UnderOwnVisibility_ARepSeesAndChangesOnlyWhatTheyLogged()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/activities", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var contactId = Guid.NewGuid();
        var admins = await CreateAsync(new { kind = "Visit", notes = "Visite direction", contactIds = new[] { contactId } });
        var reps = await (await rep.PostAsJsonAsync("/api/v1/interactions", new { kind = "Visit", notes = "Visite terrain", contactIds = new[] { contactId } }))
            .ReadOk<InteractionDto>(HttpStatusCode.Created);

        await (await rep.GetAsync($"/api/v1/interactions/{admins.Id}")).AssertProblem(HttpStatusCode.NotFound, "interaction.not_found");
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/interactions/{admins.Id}");
        delete.Headers.IfMatch.ParseAdd($"\"{admins.Version}\"");
        await (await rep.SendAsync(delete)).AssertProblem(HttpStatusCode.NotFound, "interaction.not_found");
        var listed = await rep.GetFromJsonAsync<InteractionPageDto>($"/api/v1/interactions?contactId={contactId}");
        var all = await Client.GetFromJsonAsync<InteractionPageDto>($"/api/v1/interactions?contactId={contactId}");

        Assert.Multiple(() =>
        {
            Assert.That(listed!.Items.Select(i => i.Id), Is.EqualTo(new[] { reps.Id }));
            Assert.That(all!.Items.Select(i => i.Id), Is.EqualTo(new[] { reps.Id, admins.Id }), "the administrator sees everything");
        });
    }

    [Test]
    public async Task TheList_IsNewestFirstByPages_AndFiltersByContactCompanyDealKindAndMine()
    {
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        Guid contact = Guid.NewGuid(), company = Guid.NewGuid(), deal = Guid.NewGuid();
        var first = await CreateAsync(new { kind = "Visit", notes = "Un", contactIds = new[] { contact }, companyId = company });
        var second = await CreateAsync(new { kind = "Call", direction = "Inbound", durationSeconds = 30, outcome = "Busy", dealId = deal });
        var third = await CreateAsync(new { kind = "Call", direction = "Outbound", durationSeconds = 0, outcome = "NoAnswer", contactIds = new[] { contact }, dealId = deal });
        var reps = await (await rep.PostAsJsonAsync("/api/v1/interactions", new { kind = "Visit", notes = "Rep", companyId = company })).ReadOk<InteractionDto>(HttpStatusCode.Created);

        var page1 = await Client.GetFromJsonAsync<InteractionPageDto>("/api/v1/interactions?limit=3");
        var page2 = await Client.GetFromJsonAsync<InteractionPageDto>($"/api/v1/interactions?limit=3&cursor={page1!.NextCursor}");
        Assert.Multiple(() =>
        {
            Assert.That(page1.Items.Select(i => i.Id), Is.EqualTo(new[] { reps.Id, third.Id, second.Id }));
            Assert.That(page2!.Items.Select(i => i.Id), Is.EqualTo(new[] { first.Id }));
            Assert.That(page2.NextCursor, Is.Null);
        });

        async Task<Guid[]> Ids(string query) => [.. (await Client.GetFromJsonAsync<InteractionPageDto>($"/api/v1/interactions?{query}"))!.Items.Select(i => i.Id)];
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids($"contactId={contact}"), Is.EqualTo(new[] { third.Id, first.Id }));
            Assert.That(await Ids($"companyId={company}"), Is.EqualTo(new[] { reps.Id, first.Id }));
            Assert.That(await Ids($"dealId={deal}"), Is.EqualTo(new[] { third.Id, second.Id }));
            Assert.That(await Ids("kind=Visit"), Is.EqualTo(new[] { reps.Id, first.Id }));
            Assert.That(await Ids("mine=true&kind=Call"), Is.EqualTo(new[] { third.Id, second.Id }));
            Assert.That(await Ids($"mine=true&companyId={company}"), Is.EqualTo(new[] { first.Id }));
        });
    }

    [Test]
    public async Task LoggedCallsVisitsAndTasksDone_AppearOnTheirContactsAndCompanysTimelines_AndADeletedOneLeaves()
    {
        var company = await CreateRecordAsync("/api/v1/companies", new { name = "Danone" });
        var contact = await CreateRecordAsync("/api/v1/contacts", new { lastName = "Riboud", companyId = company });
        var call = await CreateAsync(new
        {
            kind = "Call", direction = "Outbound", durationSeconds = 240, outcome = "Reached", title = "Relance devis", contactIds = new[] { contact }, companyId = company,
        });
        var visit = await CreateAsync(new { kind = "Visit", location = "Lyon", notes = "Démo faite.\nBudget validé.\nSignature en janvier.\nQuatrième ligne", contactIds = new[] { contact } });
        var task = await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Envoyer la plaquette", relatedType = "contact", relatedId = contact })).ReadOk<TaskDto>(HttpStatusCode.Created);
        var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/complete");
        complete.Headers.IfMatch.ParseAdd($"\"{task.Version}\"");
        await (await Client.SendAsync(complete)).ReadOk<TaskDto>();
        await DrainOutboxesAsync();

        var contactKinds = await Eventually.Get(
            () => KindsAsync($"/api/v1/contacts/{contact}/timeline"), k => k.Contains("call") && k.Contains("visit") && k.Contains("task_done"), "the call, the visit and the task on the contact's timeline");
        var companyKinds = await Eventually.Get(() => KindsAsync($"/api/v1/companies/{company}/timeline"), k => k.Contains("call"), "the call on the company's timeline");
        var items = (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contact}/timeline")).GetProperty("items").EnumerateArray().ToList();
        var callItem = items.Single(i => i.GetProperty("kind").GetString() == "call").GetProperty("interaction");
        var visitItem = items.Single(i => i.GetProperty("kind").GetString() == "visit").GetProperty("interaction");
        var taskItem = items.Single(i => i.GetProperty("kind").GetString() == "task_done").GetProperty("task");
        Assert.Multiple(() =>
        {
            Assert.That(contactKinds.Take(3), Is.EqualTo(new[] { "task_done", "visit", "call" }), "newest first");
            Assert.That(companyKinds.Count(k => k is "call" or "visit"), Is.EqualTo(1), "the visit was not about the company");
            Assert.That(
                (callItem.GetProperty("id").GetGuid(), callItem.GetProperty("direction").GetString(), callItem.GetProperty("durationSeconds").GetInt32(), callItem.GetProperty("outcome").GetString(), callItem.GetProperty("title").GetString()),
                Is.EqualTo((call.Id, "Outbound", 240, "Reached", "Relance devis")));
            Assert.That((visitItem.GetProperty("id").GetGuid(), visitItem.GetProperty("location").GetString(), visitItem.GetProperty("excerpt").GetString()),
                Is.EqualTo((visit.Id, "Lyon", "Démo faite.\nBudget validé.\nSignature en janvier.")), "the notes' first three lines");
            Assert.That((taskItem.GetProperty("id").GetGuid(), taskItem.GetProperty("title").GetString()), Is.EqualTo((task.Id, "Envoyer la plaquette")));
        });

        var edited = await (await SendAsync(HttpMethod.Put, $"/api/v1/interactions/{visit.Id}", visit.Version, new
        {
            kind = "Visit", location = "Villeurbanne", notes = "Démo refaite.", contactIds = new[] { contact }, companyId = company,
        })).ReadOk<InteractionDto>();
        await DrainOutboxesAsync();
        var companyVisit = await Eventually.Get(
            async () => (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{company}/timeline")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("kind").GetString() == "visit"),
            i => i.ValueKind == JsonValueKind.Object,
            "the edited visit, now about the company too, on its timeline");
        var contactVisits = (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contact}/timeline")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "visit").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(companyVisit.GetProperty("interaction").GetProperty("location").GetString(), Is.EqualTo("Villeurbanne"));
            Assert.That(contactVisits.Select(v => v.GetProperty("interaction").GetProperty("excerpt").GetString()), Is.EqualTo(new[] { "Démo refaite." }), "replaced, not added");
            Assert.That(edited.Version, Is.GreaterThan(visit.Version));
        });

        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/interactions/{call.Id}", call.Version)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await DrainOutboxesAsync();
        var afterDelete = await Eventually.Get(() => KindsAsync($"/api/v1/contacts/{contact}/timeline"), k => !k.Contains("call"), "the deleted call gone from the contact's timeline");
        var companyAfterDelete = await Eventually.Get(() => KindsAsync($"/api/v1/companies/{company}/timeline"), k => !k.Contains("call"), "the deleted call gone from the company's timeline");
        Assert.That(afterDelete, Does.Contain("visit"), "only the deleted interaction leaves");
        Assert.That(companyAfterDelete, Does.Not.Contain("call"));
    }

    private async Task<InteractionDto> CreateAsync(object body) => await (await Client.PostAsJsonAsync("/api/v1/interactions", body)).ReadOk<InteractionDto>(HttpStatusCode.Created);

    private async Task<Guid> CreateRecordAsync(string url, object body) =>
        (await (await Client.PostAsJsonAsync(url, body)).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<string[]> KindsAsync(string url) =>
        [.. (await Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!)];

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return Client.SendAsync(request);
    }
}
