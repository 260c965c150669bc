using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts;

internal sealed record NoteDto(Guid Id, string Subject, Guid SubjectId, string Body, string Html, Guid AuthorId, bool IsMine, int Version);

internal sealed record NotePage(List<NoteDto> Items, string? NextCursor);

/// <summary>Notes in Markdown on contacts and companies: shown sanitised, newest first, changed only by their author.</summary>
internal sealed class NotesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AddNote_RendersMarkdown_WithoutScriptsOrDangerousLinks()
    {
        var contact = await ContactAsync();
        var body = "**Rappeler** lundi\n\n<script>alert(1)</script>\n\n[site](javascript:alert(1)) [doc](https://example.com/doc) <img src=x onerror=alert(1)>";
        var note = await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body })).ReadOk<NoteDto>(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(note.Body, Is.EqualTo(body));
            Assert.That(note.Html, Does.Contain("<strong>Rappeler</strong>"));
            // What could run is gone; what was typed stays readable as text.
            Assert.That(note.Html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("href=\"javascript"));
            Assert.That(note.Html, Does.Not.Match("<[^>]*\\sonerror="));
            Assert.That(note.Html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(note.Html, Does.Contain("href=\"https://example.com/doc\"").And.Contain("rel=\"noopener noreferrer nofollow\""));
            Assert.That((note.Subject, note.SubjectId, note.IsMine, note.Version), Is.EqualTo(("Contact", contact, true, 1)));
        });
    }

    [Test]
    public async Task AddNote_DropsNamesImagesAndTargets_ThatCouldShadowThePage()
    {
        var contact = await ContactAsync();
        var body = "![x](https://tracker.example/x.png){name=cookie} [a](https://example.com){name=createElement target=_top}";
        var note = await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body })).ReadOk<NoteDto>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(note.Html, Does.Not.Match("<[^>]*\\s(name|target)="), "no element carries a name or a target");
            Assert.That(note.Html, Does.Not.Contain("<img").And.Contain("href=\"https://example.com\""));
        });
    }

    [Test]
    public async Task ListNotes_ShowsTheNewestFirst_APageAtATime()
    {
        var contact = await ContactAsync();
        foreach (var text in new[] { "one", "two", "three" })
        {
            await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body = text })).ReadOk<NoteDto>(HttpStatusCode.Created);
        }

        var first = await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{contact}/notes?limit=2");
        var second = await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{contact}/notes?limit=2&cursor={first!.NextCursor}");
        Assert.That(first.Items.Concat(second!.Items).Select(n => n.Body), Is.EqualTo(new[] { "three", "two", "one" }));
    }

    [Test]
    public async Task ANote_IsChangedAndDeletedOnlyByItsAuthor()
    {
        var contact = await ContactAsync();
        var note = await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body = "Devis envoyé" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        var seenByRep = await rep.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{contact}/notes");
        Assert.That(seenByRep!.Items.Single().IsMine, Is.False);
        await (await SendAsync(rep, HttpMethod.Put, $"/api/v1/notes/{note.Id}", new { body = "Changed" }, "\"1\"")).AssertProblem(HttpStatusCode.Forbidden, "note.not_author");
        await (await SendAsync(rep, HttpMethod.Delete, $"/api/v1/notes/{note.Id}", null, "\"1\"")).AssertProblem(HttpStatusCode.Forbidden, "note.not_author");

        var edited = await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/notes/{note.Id}", new { body = "Devis **signé**" }, "\"1\"")).ReadOk<NoteDto>();
        Assert.That((edited.Html.Contains("<strong>signé</strong>", StringComparison.Ordinal), edited.Version), Is.EqualTo((true, 2)));
        await (await SendAsync(Client, HttpMethod.Put, $"/api/v1/notes/{note.Id}", new { body = "Lost" }, "\"1\"")).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        Assert.That((await SendAsync(Client, HttpMethod.Delete, $"/api/v1/notes/{note.Id}", null, "\"2\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{contact}/notes"))!.Items, Is.Empty);
    }

    [Test]
    public async Task Notes_OfAContactOutOfSight_AreNotFound()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        var contact = await ContactAsync();
        var note = await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body = "Confidentiel" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        await (await rep.GetAsync($"/api/v1/contacts/{contact}/notes")).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        await (await rep.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body = "x" })).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        await (await SendAsync(rep, HttpMethod.Put, $"/api/v1/notes/{note.Id}", new { body = "x" }, "*")).AssertProblem(HttpStatusCode.NotFound, "note.not_found");
    }

    [Test]
    public async Task Notes_GoWithTheContactOrCompanyTheyAreAbout()
    {
        var contact = await ContactAsync();
        var company = (await (await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone" })).ReadOk<CompanyDto>(HttpStatusCode.Created)).Id;
        await (await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body = "on the contact" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        var companyNote = await (await Client.PostAsJsonAsync($"/api/v1/companies/{company}/notes", new { body = "on the company" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        Assert.That(companyNote.Subject, Is.EqualTo("Company"));

        Assert.That((await SendAsync(Client, HttpMethod.Delete, $"/api/v1/contacts/{contact}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await SendAsync(Client, HttpMethod.Delete, $"/api/v1/companies/{company}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var scope = App.Services.CreateScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<ContactsDbContext>().Notes.CountAsync(), Is.Zero);
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task AddNote_WithoutText_Is400(string body)
    {
        var contact = await ContactAsync();
        var response = await Client.PostAsJsonAsync($"/api/v1/contacts/{contact}/notes", new { body });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").GetProperty("body")[0].GetString(), Is.EqualTo("Write something in the note."));
    }

    private async Task<Guid> ContactAsync() =>
        (await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created)).Id;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
