using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Merges;

internal sealed record MergeDto(Guid Id, Guid TargetId, List<Guid> SourceIds, DateTimeOffset MergedAtUtc, DateTimeOffset UndoableUntilUtc, DateTimeOffset? UndoneAtUtc);

internal sealed record MergeResultDto(MergeDto Merge, ContactDto Contact);

/// <summary>Merging duplicates field by field, and undoing it.</summary>
internal sealed class MergeApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Merge_KeepsTheChosenValues_AndEveryEmailPhoneAndTag_AndHidesTheMergedContact()
    {
        var kept = await CreateAsync(new { firstName = "J.", lastName = "Dupont", emails = new[] { new { address = "jean@exemple.fr" } }, tags = new[] { "vip" }, ignoreDuplicates = true });
        var other = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", jobTitle = "CEO", emails = new[] { new { address = "jdupont@perso.fr" } }, phones = new[] { new { number = "06 12 34 56 78" } }, tags = new[] { "salon" }, ignoreDuplicates = true });
        await (await Client.PostAsJsonAsync($"/api/v1/contacts/{other.Id}/notes", new { body = "Called about the quote" })).ReadOk<NoteDto>(HttpStatusCode.Created);

        var merged = await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id }, fields = new { firstName = other.Id } })).ReadOk<MergeResultDto>();

        Assert.Multiple(() =>
        {
            Assert.That(merged.Contact.Id, Is.EqualTo(kept.Id));
            Assert.That(merged.Contact.FirstName, Is.EqualTo("Jean"));
            Assert.That(merged.Contact.JobTitle, Is.EqualTo("CEO"), "a value only the other contact has is taken");
            Assert.That(merged.Contact.Emails.Select(e => (e.Address, e.IsPrimary)), Is.EqualTo(new[] { ("jean@exemple.fr", true), ("jdupont@perso.fr", false) }));
            Assert.That(merged.Contact.Phones.Single().Number, Is.EqualTo("+33612345678"));
            Assert.That(merged.Contact.Tags, Is.EqualTo(new[] { "vip", "salon" }));
            Assert.That(merged.Merge.SourceIds, Is.EqualTo(new[] { other.Id }));
        });
        await (await Client.GetAsync($"/api/v1/contacts/{other.Id}")).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        var list = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        var notes = await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{kept.Id}/notes");
        var search = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts?q=jdupont");
        Assert.Multiple(() =>
        {
            Assert.That(list!.Items.Select(c => c.Id), Is.EqualTo(new[] { kept.Id }));
            Assert.That(notes!.Items.Single().Body, Is.EqualTo("Called about the quote"));
            Assert.That(search!.Items.Select(c => c.Id), Is.EqualTo(new[] { kept.Id }));
        });
    }

    [Test]
    public async Task Undo_BringsBackTheMergedContact_AndWhatTheKeptOneWas()
    {
        var kept = await CreateAsync(Api.NewContact("Ada", "Lovelace", "ada@example.com"));
        var other = await CreateAsync(Api.NewContact("Augusta", "King", "augusta@example.com"));
        await (await Client.PostAsJsonAsync($"/api/v1/contacts/{other.Id}/notes", new { body = "Met in London" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        var merge = (await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id }, fields = new { lastName = other.Id } })).ReadOk<MergeResultDto>()).Merge;
        var undoable = await Client.GetFromJsonAsync<List<MergeDto>>($"/api/v1/contacts/{kept.Id}/merges");

        var undone = await (await Client.PostAsync($"/api/v1/contacts/merges/{merge.Id}/undo", null)).ReadOk<MergeDto>();

        var back = await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{other.Id}");
        var restored = await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{kept.Id}");
        var notes = await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{other.Id}/notes");
        Assert.Multiple(() =>
        {
            Assert.That(undoable!.Select(m => m.Id), Is.EqualTo(new[] { merge.Id }));
            Assert.That(undone.UndoneAtUtc, Is.Not.Null);
            Assert.That(back!.LastName, Is.EqualTo("King"));
            Assert.That(restored!.LastName, Is.EqualTo("Lovelace"));
            Assert.That(restored.Emails.Select(e => e.Address), Is.EqualTo(new[] { "ada@example.com" }));
            Assert.That(notes!.Items.Single().Body, Is.EqualTo("Met in London"));
        });
        await (await Client.PostAsync($"/api/v1/contacts/merges/{merge.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.already_undone");
    }

    [Test]
    public async Task Undo_AfterTheKeptContactChanged_IsRefused()
    {
        var kept = await CreateAsync(Api.NewContact("Ada", "Lovelace", "ada@example.com"));
        var other = await CreateAsync(Api.NewContact("Ada", "King", "augusta@example.com"));
        var result = await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id } })).ReadOk<MergeResultDto>();
        await Task.Delay(5); // A change in the same millisecond as the merge could not be told apart from it.
        var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contacts/{kept.Id}")
        {
            Content = JsonContent.Create(new { firstName = "Augusta Ada", lastName = "King", emails = result.Contact.Emails }),
        };
        change.Headers.TryAddWithoutValidation("If-Match", $"\"{result.Contact.Version}\"");
        await (await Client.SendAsync(change)).ReadOk<ContactDto>();

        await (await Client.PostAsync($"/api/v1/contacts/merges/{result.Merge.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.target_changed");
    }

    [Test]
    public async Task Merge_KeepsTheKeptContactsPrimaryEmail_AndDeletingItDeletesTheMergedOnesToo()
    {
        var kept = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", emails = new object[] { new { address = "old@exemple.fr" }, new { address = "main@exemple.fr", isPrimary = true } }, ignoreDuplicates = true });
        var other = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", emails = new[] { new { address = "perso@exemple.fr" } }, ignoreDuplicates = true });

        var merged = await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id } })).ReadOk<MergeResultDto>();
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/contacts/{kept.Id}");
        delete.Headers.TryAddWithoutValidation("If-Match", $"\"{merged.Contact.Version}\"");
        Assert.That((await Client.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That(merged.Contact.Email, Is.EqualTo("main@exemple.fr"));
        await (await Client.PostAsync($"/api/v1/contacts/merges/{merged.Merge.Id}/undo", null)).AssertProblem(HttpStatusCode.NotFound, "merge.not_found");
        var list = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.That(list!.Items, Is.Empty, "the merged contact went with the one it was merged into");
    }

    [Test]
    public async Task Merge_ChecksItsRequest()
    {
        var kept = await CreateAsync(Api.NewContact("Ada", "Lovelace", "ada@example.com"));
        var other = await CreateAsync(Api.NewContact("Ada", "King", "augusta@example.com"));

        await (await MergeAsync(kept.Id, null, new { sourceIds = new[] { other.Id } })).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await MergeAsync(kept.Id, "\"7\"", new { sourceIds = new[] { other.Id } })).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { kept.Id } })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { Guid.NewGuid() } })).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id }, fields = new { firstName = Guid.NewGuid() } })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Test]
    public async Task Merge_OfAContactOutOfSight_IsNotFound()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        var adminsContact = await CreateAsync(Api.NewContact("Ada", "Lovelace", "ada@example.com"));
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var repsContact = await (await rep.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Ada", "King", "augusta@example.com"))).ReadOk<ContactDto>(HttpStatusCode.Created);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{repsContact.Id}/merge") { Content = JsonContent.Create(new { sourceIds = new[] { adminsContact.Id } }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await (await rep.SendAsync(request)).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        Assert.That((await Client.GetAsync($"/api/v1/contacts/{adminsContact.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AMergeOlderThanThirtyDays_Expires_TheMergedContactIsDeleted_AndItsUndoRefused()
    {
        var kept = await CreateAsync(Api.NewContact("Ada", "Lovelace", "ada@example.com"));
        var other = await CreateAsync(Api.NewContact("Augusta", "King", "augusta@example.com"));
        var recent = await CreateAsync(Api.NewContact("Grace", "Hopper", "grace@example.com"));
        var recentOther = await CreateAsync(Api.NewContact("Amazing", "Grace", "amazing@example.com"));
        var old = (await (await MergeAsync(kept.Id, "\"1\"", new { sourceIds = new[] { other.Id }, fields = new { } })).ReadOk<MergeResultDto>()).Merge;
        var fresh = (await (await MergeAsync(recent.Id, "\"1\"", new { sourceIds = new[] { recentOther.Id }, fields = new { } })).ReadOk<MergeResultDto>()).Merge;

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
            var longAgo = DateTimeOffset.UtcNow.AddDays(-31);
            await db.Merges.Where(m => m.Id == new MergeId(old.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.MergedAtUtc, longAgo));
            Assert.That(await scope.ServiceProvider.GetRequiredService<ExpiredMerges>().PurgeAsync(DateTimeOffset.UtcNow, CancellationToken.None), Is.EqualTo(1));
            var stored = await db.Contacts.IgnoreQueryFilters().Select(c => c.Id).ToListAsync();
            Assert.That(stored.Select(id => id.Value), Is.EquivalentTo(new[] { kept.Id, recent.Id, recentOther.Id }), "the merged-away contact of the old merge is gone");
            Assert.That(await db.Merges.Where(m => m.Id == new MergeId(old.Id)).Select(m => m.TargetBefore).SingleAsync(), Is.Empty);
        }

        await (await Client.PostAsync($"/api/v1/contacts/merges/{old.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.too_old");
        Assert.That((await (await Client.PostAsync($"/api/v1/contacts/merges/{fresh.Id}/undo", null)).ReadOk<MergeDto>()).UndoneAtUtc, Is.Not.Null);
        Assert.That((await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{kept.Id}"))!.LastName, Is.EqualTo("Lovelace"));
    }

    private async Task<ContactDto> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/contacts", body)).ReadOk<ContactDto>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> MergeAsync(Guid target, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{target}/merge") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }
}
