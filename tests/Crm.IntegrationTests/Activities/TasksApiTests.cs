using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Activities.Contracts;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Activities;

internal sealed record TaskDto(
    Guid Id,
    string Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    string Priority,
    string Status,
    Guid AssigneeId,
    string? RelatedType,
    Guid? RelatedId,
    string Source,
    Guid? CreatedBy,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? CompletedAtUtc,
    Guid? CompletedBy,
    int Version);

internal sealed record TaskPageDto(TaskDto[] Items, string? NextCursor);

internal sealed class TasksApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ATask_IsCreatedReadUpdatedCompletedAndReopened_WithItsETag()
    {
        var dealId = Guid.NewGuid();
        var created = await Client.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "  Rappeler Anne  ", description = "Devis à revoir", dueDate = "2027-02-01", priority = "High", relatedType = "deal", relatedId = dealId,
        });
        var task = await created.ReadOk<TaskDto>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/tasks/{task.Id}"));
            Assert.That(created.Headers.ETag?.Tag, Is.EqualTo($"\"{task.Version}\""));
            Assert.That((task.Title, task.Description, task.DueDate, task.Priority, task.Status, task.Source), Is.EqualTo(("Rappeler Anne", "Devis à revoir", (DateOnly?)new DateOnly(2027, 2, 1), "High", "Open", "User")));
            Assert.That((task.RelatedType, task.RelatedId, task.AssigneeId, task.CreatedBy), Is.EqualTo(("deal", (Guid?)dealId, task.CreatedBy!.Value, task.CreatedBy)), "assigned to its creator by default");
        });

        var read = await Client.GetAsync($"/api/v1/tasks/{task.Id}");
        Assert.That((await read.ReadOk<TaskDto>()).Title, Is.EqualTo("Rappeler Anne"));
        Assert.That(read.Headers.ETag?.Tag, Is.EqualTo($"\"{task.Version}\""));

        var updated = await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Rappeler Anne Riboud", dueAtUtc = "2027-02-01T14:30:00Z" }))
            .ReadOk<TaskDto>();
        Assert.Multiple(() =>
        {
            Assert.That((updated.Title, updated.DueDate, updated.DueAtUtc), Is.EqualTo(("Rappeler Anne Riboud", (DateOnly?)null, (DateTimeOffset?)new DateTimeOffset(2027, 2, 1, 14, 30, 0, TimeSpan.Zero))));
            Assert.That((updated.Priority, updated.RelatedType), Is.EqualTo(("Normal", (string?)null)), "an update rewrites every field");
            Assert.That(updated.Version, Is.GreaterThan(task.Version));
        });

        var done = await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/complete", updated.Version)).ReadOk<TaskDto>();
        Assert.That((done.Status, done.CompletedBy, done.CompletedAtUtc is not null), Is.EqualTo(("Done", (Guid?)task.AssigneeId, true)));
        await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/complete", done.Version)).AssertProblem(HttpStatusCode.Conflict, "task.not_open");

        var reopened = await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/reopen", done.Version)).ReadOk<TaskDto>();
        Assert.That((reopened.Status, reopened.CompletedBy, reopened.CompletedAtUtc), Is.EqualTo(("Open", (Guid?)null, (DateTimeOffset?)null)));

        await using var scope = App.Services.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync();
        var completed = outbox.ConvertAll(p => JsonSerializer.Deserialize<TaskCompletedIntegrationEvent>(p, JsonSerializerOptions.Web)!);
        Assert.That(completed.Select(e => (e.TaskId, e.Title, e.AssigneeId, e.CompletedBy)), Is.EqualTo(new[] { (task.Id, "Rappeler Anne Riboud", task.AssigneeId, (Guid?)task.AssigneeId) }));
    }

    [Test]
    public async Task AnUpdateCancelsAnOpenTask_ButNeitherCompletesNorReopensOne()
    {
        var task = await CreateAsync(new { title = "Envoyer la plaquette" });

        await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Envoyer la plaquette", status = "Done" }))
            .AssertProblem(HttpStatusCode.Conflict, "task.status_change_invalid");
        var cancelled = await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Envoyer la plaquette", status = "Cancelled" })).ReadOk<TaskDto>();
        Assert.That(cancelled.Status, Is.EqualTo("Cancelled"));
        await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/complete", cancelled.Version)).AssertProblem(HttpStatusCode.Conflict, "task.not_open");
        var reopened = await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/reopen", cancelled.Version)).ReadOk<TaskDto>();
        Assert.That(reopened.Status, Is.EqualTo("Open"));
    }

    [Test]
    public async Task InvalidFields_AreA400NamingEachField()
    {
        var problem = await (await Client.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = " ", description = new string('d', 5001), dueDate = "2027-02-01", dueAtUtc = "2027-02-01T10:00:00Z", relatedType = "invoice",
        })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(fields, Is.EquivalentTo(new[] { "title", "description", "dueAtUtc", "relatedType", "relatedId" }));

        var tooLong = await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = new string('t', 201) })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(tooLong.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "title" }));
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Rappeler", priority = "Urgent" })).AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.GetAsync("/api/v1/tasks?relatedType=deal")).AssertProblem(HttpStatusCode.BadRequest, "task.filter_invalid");
        await (await Client.GetAsync("/api/v1/tasks?cursor=nope!")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    [Test]
    public async Task ChangesNeedTheCurrentVersion_412WhenStale_428WhenMissing()
    {
        var task = await CreateAsync(new { title = "Préparer la démo" });
        var renamed = await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Préparer la démo v2" })).ReadOk<TaskDto>();

        await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Écrasé" })).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/complete", task.Version)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await Client.PostAsync($"/api/v1/tasks/{task.Id}/complete", null)).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await Client.PutAsJsonAsync($"/api/v1/tasks/{task.Id}", new { title = "Écrasé" })).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");

        var current = await Client.GetFromJsonAsync<TaskDto>($"/api/v1/tasks/{task.Id}");
        Assert.That((current!.Title, current.Status, current.Version), Is.EqualTo(("Préparer la démo v2", "Open", renamed.Version)));
    }

    [Test]
    public async Task AnUnknownOrDeactivatedAssignee_IsA422()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Rappeler", assigneeId = Guid.NewGuid() })).AssertProblem(HttpStatusCode.UnprocessableEntity, "task.assignee_inactive");
        var task = await CreateAsync(new { title = "Rappeler", assigneeId = repId });
        Assert.That(task.AssigneeId, Is.EqualTo(repId));
        var mine = await CreateAsync(new { title = "Relire" });

        Assert.That((await Client.PostAsync($"/api/v1/users/{repId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Rappeler", assigneeId = repId })).AssertProblem(HttpStatusCode.UnprocessableEntity, "task.assignee_inactive");
        await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{mine.Id}", mine.Version, new { title = "Relire", assigneeId = repId }))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "task.assignee_inactive");
        var kept = await (await SendAsync(HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Rappeler demain" })).ReadOk<TaskDto>();
        Assert.That(kept.AssigneeId, Is.EqualTo(repId), "a task already held by a deactivated user can still be edited");
    }

    [Test]
    public async Task UnderOwnVisibility_ARepSeesAndChangesOnlyTheTasksAssignedToThem()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/activities", new { scope = "own" })).ReadOk<object>();
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var admins = await CreateAsync(new { title = "Revue du trimestre" });
        var handedOver = await CreateAsync(new { title = "Appeler Danone", assigneeId = repId });

        await (await rep.GetAsync($"/api/v1/tasks/{admins.Id}")).AssertProblem(HttpStatusCode.NotFound, "task.not_found");
        var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{admins.Id}/complete");
        complete.Headers.IfMatch.ParseAdd($"\"{admins.Version}\"");
        await (await rep.SendAsync(complete)).AssertProblem(HttpStatusCode.NotFound, "task.not_found");
        var listed = await rep.GetFromJsonAsync<TaskPageDto>("/api/v1/tasks");
        var seen = await rep.GetFromJsonAsync<TaskDto>($"/api/v1/tasks/{handedOver.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(listed!.Items.Select(t => t.Id), Is.EqualTo(new[] { handedOver.Id }));
            Assert.That(seen!.Title, Is.EqualTo("Appeler Danone"));
        });
    }

    [Test]
    public async Task TheList_IsNewestFirstByPages_AndFiltersByAssigneeStatusRelatedRecordAndDueDay()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var dealId = Guid.NewGuid();
        var overdue = await CreateAsync(new { title = "En retard", dueDate = "2027-01-10", relatedType = "deal", relatedId = dealId });
        var timed = await CreateAsync(new { title = "À l'heure", dueAtUtc = "2027-01-11T23:30:00Z" });
        var later = await CreateAsync(new { title = "Plus tard", dueDate = "2027-01-12", relatedType = "deal", relatedId = dealId });
        var reps = await CreateAsync(new { title = "Pour le commercial", assigneeId = repId });
        await (await SendAsync(HttpMethod.Post, $"/api/v1/tasks/{later.Id}/complete", later.Version)).ReadOk<TaskDto>();

        var first = await Client.GetFromJsonAsync<TaskPageDto>("/api/v1/tasks?limit=3");
        var second = await Client.GetFromJsonAsync<TaskPageDto>($"/api/v1/tasks?limit=3&cursor={first!.NextCursor}");
        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(t => t.Id), Is.EqualTo(new[] { reps.Id, later.Id, timed.Id }));
            Assert.That(second!.Items.Select(t => t.Id), Is.EqualTo(new[] { overdue.Id }));
            Assert.That(second.NextCursor, Is.Null);
        });

        async Task<Guid[]> Ids(string query) => [.. (await Client.GetFromJsonAsync<TaskPageDto>($"/api/v1/tasks?{query}"))!.Items.Select(t => t.Id)];
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids("mine=true"), Is.EqualTo(new[] { later.Id, timed.Id, overdue.Id }));
            Assert.That(await Ids($"assigneeId={repId}"), Is.EqualTo(new[] { reps.Id }));
            Assert.That(await Ids("mine=true&status=Open"), Is.EqualTo(new[] { timed.Id, overdue.Id }));
            Assert.That(await Ids($"relatedType=deal&relatedId={dealId}"), Is.EqualTo(new[] { later.Id, overdue.Id }));
            Assert.That(await Ids("dueBefore=2027-01-12"), Is.EqualTo(new[] { timed.Id, overdue.Id }));
            Assert.That(await Ids("dueBefore=2027-01-11"), Is.EqualTo(new[] { overdue.Id }));
        });
    }

    private async Task<TaskDto> CreateAsync(object body) => await (await Client.PostAsJsonAsync("/api/v1/tasks", body)).ReadOk<TaskDto>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return Client.SendAsync(request);
    }
}
