using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using static Crm.IntegrationTests.Activities.ReminderHosts;

namespace Crm.IntegrationTests.Activities;

internal sealed record ChecklistItemDto(Guid Id, string Text, bool Done);

internal sealed record RepeatingTaskDto(
    Guid Id,
    string Title,
    string Status,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    string Priority,
    string? RelatedType,
    Guid? RelatedId,
    ChecklistItemDto[] Checklist,
    string? Recurrence,
    Guid? NextTaskId,
    TaskReminderDto[] Reminders,
    int Version);

/// <summary>A task's checklist, ticked item by item, and a repeating task coming back at its next due once done.</summary>
internal sealed class TaskChecklistAndRepeatApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AChecklist_IsWrittenWithTheTask_TickedItemByItem_KeptByAnUpdateWithoutIt_AndCleared()
    {
        var task = await CreateAsync(Client, new
        {
            title = "Préparer l'offre",
            checklist = new object[] { new { text = "  Relire le cahier des charges " }, new { text = "Chiffrer", done = true } },
        });
        Assert.That(task.Checklist.Select(i => (i.Text, i.Done)), Is.EqualTo(new[] { ("Relire le cahier des charges", false), ("Chiffrer", true) }));
        var (read, cost) = (task.Checklist[0], task.Checklist[1]);

        var ticked = await TickAsync(Client, task, read.Id, done: true);
        Assert.Multiple(() =>
        {
            Assert.That(ticked.Checklist.Select(i => (i.Id, i.Done)), Is.EqualTo(new[] { (read.Id, true), (cost.Id, true) }));
            Assert.That(ticked.Version, Is.GreaterThan(task.Version));
        });
        await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/tasks/{task.Id}/checklist/{read.Id}", task.Version, new { done = false }))
            .AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/tasks/{task.Id}/checklist/{Guid.NewGuid()}", ticked.Version, new { done = true }))
            .AssertProblem(HttpStatusCode.NotFound, "task.checklist_item_not_found");
        await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/tasks/{Guid.NewGuid()}/checklist/{read.Id}", ticked.Version, new { done = true }))
            .AssertProblem(HttpStatusCode.NotFound, "task.not_found");

        var renamed = await PutAsync(Client, ticked, new { title = "Préparer l'offre finale" });
        Assert.That(renamed.Checklist, Is.EqualTo(ticked.Checklist), "an update without a checklist keeps it");

        var rewritten = await PutAsync(Client, renamed, new
        {
            title = "Préparer l'offre finale",
            checklist = new object[] { new { id = cost.Id, text = "Chiffrer les options", done = false }, new { text = "Envoyer" } },
        });
        Assert.Multiple(() =>
        {
            Assert.That(rewritten.Checklist.Select(i => (i.Text, i.Done)), Is.EqualTo(new[] { ("Chiffrer les options", false), ("Envoyer", false) }));
            Assert.That(rewritten.Checklist[0].Id, Is.EqualTo(cost.Id), "an item written with its id keeps it");
            Assert.That(rewritten.Checklist[1].Id, Is.Not.EqualTo(Guid.Empty));
        });

        var cleared = await PutAsync(Client, rewritten, new { title = "Préparer l'offre finale", checklist = Array.Empty<object>() });
        Assert.That(cleared.Checklist, Is.Empty);
        var current = await Client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{task.Id}");
        Assert.That((current!.Checklist.Length, current.Version), Is.EqualTo((0, cleared.Version)));
    }

    [Test]
    public async Task ABadChecklistOrRepeat_IsA400_AndNothingIsStored()
    {
        var fields = await FieldsOf(await Client.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Trop long",
            checklist = Enumerable.Range(0, 51).Select(i => new { text = $"Étape {i}" }).Append(new { text = " " }),
        }));
        Assert.That(fields, Is.EquivalentTo(new[] { "checklist", "checklist[51].text" }));
        var id = Guid.NewGuid();
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Doublon", checklist = new[] { new { id, text = "a" }, new { id, text = "b" } } }))
            .AssertProblem(HttpStatusCode.BadRequest, "task.checklist_item_repeated");

        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Sans échéance", recurrence = "FREQ=WEEKLY" }))
            .AssertProblem(HttpStatusCode.BadRequest, "task.recurrence_needs_due");
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Toutes les heures", dueDate = "2027-03-01", recurrence = "FREQ=HOURLY" }))
            .AssertProblem(HttpStatusCode.BadRequest, "task.recurrence_invalid");
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title = "Charabia", dueDate = "2027-03-01", recurrence = "chaque lundi" }))
            .AssertProblem(HttpStatusCode.BadRequest, "task.recurrence_invalid");

        var task = await CreateAsync(Client, new { title = "Relance", dueDate = "2027-03-01", recurrence = "FREQ=WEEKLY" });
        await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, new { title = "Relance", recurrence = "FREQ=WEEKLY" }))
            .AssertProblem(HttpStatusCode.BadRequest, "task.recurrence_needs_due");

        var page = await Client.GetFromJsonAsync<TaskPageDto>("/api/v1/tasks");
        var kept = await Client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{task.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(page!.Items.Select(t => t.Title), Is.EqualTo(new[] { "Relance" }));
            Assert.That((kept!.DueDate, kept.Recurrence, kept.Version), Is.EqualTo(((DateOnly?)new DateOnly(2027, 3, 1), "FREQ=WEEKLY", task.Version)));
        });
    }

    [Test]
    public async Task ATaskRepeatingWeeklyOnADay_ComesBackOnceDone_WithItsChecklistToDoAgain_UntilItsCountIsReached()
    {
        var dealId = Guid.NewGuid();
        var first = await CreateAsync(Client, new
        {
            title = "Point hebdo client", dueDate = "2027-03-29", priority = "High", relatedType = "deal", relatedId = dealId,
            recurrence = "freq=weekly;count=3", checklist = new object[] { new { text = "Ordre du jour", done = true }, new { text = "Compte rendu" } },
            reminders = new[] { new { at = "2027-03-29T08:30" } },
        });
        Assert.That(first.Recurrence, Is.EqualTo("FREQ=WEEKLY;COUNT=3"));

        var done = await ActAsync(Client, first, "complete");
        Assert.That(done.NextTaskId, Is.Not.Null);
        var second = (await Client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{done.NextTaskId}"))!;
        Assert.Multiple(() =>
        {
            Assert.That((second.Title, second.Status, second.DueDate, second.Priority), Is.EqualTo(("Point hebdo client", "Open", (DateOnly?)new DateOnly(2027, 4, 5), "High")));
            Assert.That((second.RelatedType, second.RelatedId, second.Recurrence), Is.EqualTo(("deal", (Guid?)dealId, "FREQ=WEEKLY;COUNT=3")));
            Assert.That(second.Checklist.Select(i => (i.Text, i.Done)), Is.EqualTo(new[] { ("Ordre du jour", false), ("Compte rendu", false) }));
            Assert.That(second.Checklist.Select(i => i.Id), Has.None.AnyOf(first.Checklist.Select(i => i.Id).Cast<object>().ToArray()));
            Assert.That(second.Reminders.Select(r => r.At), Is.EqualTo(new[] { "2027-04-05T08:30" }), "the reminder keeps its distance to the due");
        });

        var reopened = await ActAsync(Client, done, "reopen");
        var doneAgain = await ActAsync(Client, reopened, "complete");
        Assert.That(doneAgain.NextTaskId, Is.EqualTo(done.NextTaskId), "a task comes back once, however often it is done");

        var third = (await Client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{(await ActAsync(Client, second, "complete")).NextTaskId}"))!;
        Assert.That(third.DueDate, Is.EqualTo(new DateOnly(2027, 4, 12)));
        var last = await ActAsync(Client, third, "complete");
        Assert.That(last.NextTaskId, Is.Null, "COUNT=3 counts from the series' first due");

        var all = await Client.GetFromJsonAsync<TaskPageDto>("/api/v1/tasks?limit=50");
        Assert.That(all!.Items.Count(t => t.Title == "Point hebdo client"), Is.EqualTo(3));
    }

    [Test]
    public async Task ATimedTask_ComesBackAtTheSameWallClockTimeInTheAssigneesZone_AcrossTheSpringChange()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero));
        await using var app = OnClock(App, clock);
        await SetPreferencesAsync(app, CrmApp.Administrator.Email, "fr", "Europe/Paris");
        using var client = await AdministratorAsync(app);

        // Monday 22 March 2027, 9:00 in Paris (UTC+1); the clocks go forward on Sunday the 28th.
        var task = await CreateAsync(client, new { title = "Relancer les devis", dueAtUtc = "2027-03-22T08:00:00Z", recurrence = "FREQ=WEEKLY;BYDAY=MO" });
        var done = await ActAsync(client, task, "complete");
        var next = (await client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{done.NextTaskId}"))!;
        Assert.That(next.DueAtUtc, Is.EqualTo(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero)), "9:00 in Paris, now UTC+2");

        var cancelled = await PutAsync(client, next, new { title = "Relancer les devis", dueAtUtc = next.DueAtUtc, recurrence = next.Recurrence, status = "Cancelled" });
        Assert.That((cancelled.Status, cancelled.NextTaskId), Is.EqualTo(("Cancelled", (Guid?)null)), "a cancelled task does not come back");
    }

    [Test]
    public async Task AMonthlyTaskOnThe31st_SkipsTheMonthsWithoutOne_AndAnUpdateWithoutItsRuleMakesItAOneOff()
    {
        var task = await CreateAsync(Client, new { title = "Clôture du mois", dueDate = "2027-01-31", recurrence = "FREQ=MONTHLY" });
        var next = (await Client.GetFromJsonAsync<RepeatingTaskDto>($"/api/v1/tasks/{(await ActAsync(Client, task, "complete")).NextTaskId}"))!;
        Assert.That(next.DueDate, Is.EqualTo(new DateOnly(2027, 3, 31)));

        var oneOff = await PutAsync(Client, next, new { title = "Clôture du mois", dueDate = "2027-03-31" });
        var done = await ActAsync(Client, oneOff, "complete");
        Assert.That((oneOff.Recurrence, done.NextTaskId), Is.EqualTo(((string?)null, (Guid?)null)));
    }

    private static async Task<RepeatingTaskDto> CreateAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/tasks", body)).ReadOk<RepeatingTaskDto>(HttpStatusCode.Created);

    private static async Task<RepeatingTaskDto> PutAsync(HttpClient client, RepeatingTaskDto task, object body) =>
        await (await SendAsync(client, HttpMethod.Put, $"/api/v1/tasks/{task.Id}", task.Version, body)).ReadOk<RepeatingTaskDto>();

    private static async Task<RepeatingTaskDto> ActAsync(HttpClient client, RepeatingTaskDto task, string action) =>
        await (await SendAsync(client, HttpMethod.Post, $"/api/v1/tasks/{task.Id}/{action}", task.Version)).ReadOk<RepeatingTaskDto>();

    private static async Task<RepeatingTaskDto> TickAsync(HttpClient client, RepeatingTaskDto task, Guid itemId, bool done)
    {
        var response = await SendAsync(client, HttpMethod.Put, $"/api/v1/tasks/{task.Id}/checklist/{itemId}", task.Version, new { done });
        var ticked = await response.ReadOk<RepeatingTaskDto>();
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{ticked.Version}\""));
        return ticked;
    }

    private static async Task<List<string>> FieldsOf(HttpResponseMessage response) =>
        [.. (await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return client.SendAsync(request);
    }
}
