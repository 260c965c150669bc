using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Activities;

internal sealed class CompleteTasksApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task SeveralTasksAreMarkedDone_AndThoseThatCannotBeAreToldApart()
    {
        var first = await CreateAsync("Appeler Anne");
        var second = await CreateAsync("Envoyer le devis");
        var changed = await CreateAsync("Relancer Paul");
        var done = await CreateAsync("Déjà fait");
        var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{done.Id}/complete");
        complete.Headers.IfMatch.ParseAdd($"\"{done.Version}\"");
        (await Client.SendAsync(complete)).EnsureSuccessStatusCode();
        var unknown = Guid.NewGuid();

        var result = await (await Client.PostAsJsonAsync("/api/v1/tasks/complete", new
        {
            items = new[]
            {
                new { id = first.Id, version = first.Version }, new { id = second.Id, version = second.Version },
                new { id = changed.Id, version = changed.Version + 1 }, new { id = done.Id, version = done.Version + 1 }, new { id = unknown, version = 1 },
            },
        })).ReadOk<JsonElement>();

        var failed = result.GetProperty("failed").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("code").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("completed").EnumerateArray().Select(c => c.GetGuid()), Is.EqualTo(new[] { first.Id, second.Id }));
            Assert.That(failed, Is.EquivalentTo(new Dictionary<Guid, string?> { [changed.Id] = "version.stale", [done.Id] = "task.not_open", [unknown] = "task.not_found" }));
        });
        var open = await Client.GetFromJsonAsync<TaskPageDto>("/api/v1/tasks?status=Open&mine=true");
        Assert.That(open!.Items.Select(t => t.Title), Is.EqualTo(new[] { "Relancer Paul" }));
    }

    [Test]
    public async Task AnEmptyOrRepeatedList_IsRefused()
    {
        var task = await CreateAsync("Appeler Anne");
        var empty = await Client.PostAsJsonAsync("/api/v1/tasks/complete", new { items = Array.Empty<object>() });
        var repeated = await Client.PostAsJsonAsync("/api/v1/tasks/complete", new { items = new[] { new { id = task.Id, version = task.Version }, new { id = task.Id, version = task.Version } } });
        Assert.That((empty.StatusCode, repeated.StatusCode), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
        Assert.That((await Client.GetFromJsonAsync<TaskDto>($"/api/v1/tasks/{task.Id}"))!.Status, Is.EqualTo("Open"));
    }

    private async Task<TaskDto> CreateAsync(string title) =>
        await (await Client.PostAsJsonAsync("/api/v1/tasks", new { title })).ReadOk<TaskDto>(HttpStatusCode.Created);
}
