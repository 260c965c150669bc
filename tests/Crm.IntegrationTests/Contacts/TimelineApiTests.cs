using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts;

internal sealed record TimelineNoteDto(Guid Id, string Body, string Html);

internal sealed record TimelineItemDto(Guid Id, string Kind, DateTimeOffset OccurredAtUtc, List<string> ChangedFields, Guid? OwnerId, TimelineNoteDto? Note);

internal sealed record TimelinePage(List<TimelineItemDto> Items, string? NextCursor);

/// <summary>A record's timeline: its notes and what happened to it, from the module's own events, newest first.</summary>
internal sealed class TimelineApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Timeline_HoldsNotesAndChanges_NewestFirst_AndFiltersByKind()
    {
        var colleague = await Users.Create(App, "colleague@example.com", "SalesRep");
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{contact.Id}";
        var changed = new { firstName = "Ada", lastName = "King", emails = contact.Emails, jobTitle = "Countess", ownerId = colleague };
        await (await SendAsync(HttpMethod.Put, url, changed, "\"1\"")).ReadOk<ContactDto>();
        await (await Client.PostAsJsonAsync($"{url}/notes", new { body = "Met at **VivaTech**" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        await DrainOutboxesAsync();

        // The events reach their consumers a moment after they are published.
        var timeline = await Eventually.Get(() => Client.GetFromJsonAsync<TimelinePage>($"{url}/timeline")!, t => t!.Items.Count == 4, "the note and three events");
        Assert.Multiple(() =>
        {
            // The change and the hand-over were saved together: within one millisecond their order is not kept.
            Assert.That(timeline!.Items.Select(i => i.Kind), Is.EqualTo(new[] { "note", "owner_changed", "updated", "created" }).Or.EqualTo(new[] { "note", "updated", "owner_changed", "created" }));
            Assert.That(timeline.Items[0].Note!.Html, Does.Contain("<strong>VivaTech</strong>"));
            Assert.That(timeline.Items.Single(i => i.Kind == "owner_changed").OwnerId, Is.EqualTo(colleague));
            Assert.That(timeline.Items.Single(i => i.Kind == "updated").ChangedFields, Is.EqualTo(new[] { "lastName", "jobTitle" }));
        });

        var notesOnly = await Client.GetFromJsonAsync<TimelinePage>($"{url}/timeline?kinds=note");
        var changesOnly = await Client.GetFromJsonAsync<TimelinePage>($"{url}/timeline?kinds=updated,created");
        Assert.Multiple(() =>
        {
            Assert.That(notesOnly!.Items.Select(i => i.Kind), Is.EqualTo(new[] { "note" }));
            Assert.That(changesOnly!.Items.Select(i => i.Kind), Is.EqualTo(new[] { "updated", "created" }));
        });
    }

    [Test]
    public async Task Timeline_PagesThroughNotesAndEventsTogether()
    {
        var company = (await (await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone" })).ReadOk<CompanyDto>(HttpStatusCode.Created)).Id;
        foreach (var text in new[] { "one", "two" })
        {
            await (await Client.PostAsJsonAsync($"/api/v1/companies/{company}/notes", new { body = text })).ReadOk<NoteDto>(HttpStatusCode.Created);
        }

        await DrainOutboxesAsync();
        await Eventually.Get(() => Client.GetFromJsonAsync<TimelinePage>($"/api/v1/companies/{company}/timeline")!, t => t!.Items.Count == 3, "two notes and the creation");
        var first = await Client.GetFromJsonAsync<TimelinePage>($"/api/v1/companies/{company}/timeline?limit=2");
        var second = await Client.GetFromJsonAsync<TimelinePage>($"/api/v1/companies/{company}/timeline?limit=2&cursor={first!.NextCursor}");
        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Concat(second!.Items).Select(i => i.Note?.Body ?? i.Kind), Is.EqualTo(new[] { "two", "one", "created" }));
            Assert.That(second.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task Timeline_OfAContactOutOfSight_IsNotFound_AndGoesWithTheContact()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        await DrainOutboxesAsync();
        await Eventually.Get(() => EntriesOf(contact.Id), count => count == 1, "the creation on the timeline");
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await (await rep.GetAsync($"/api/v1/contacts/{contact.Id}/timeline")).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");

        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{contact.Id}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await DrainOutboxesAsync();
        Assert.That(await Eventually.Get(() => EntriesOf(contact.Id), count => count == 0, "the timeline deleted"), Is.Zero);
    }

    private async Task<int> EntriesOf(Guid contactId)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContactsDbContext>().TimelineEntries.CountAsync(t => t.SubjectId == contactId);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }
}
