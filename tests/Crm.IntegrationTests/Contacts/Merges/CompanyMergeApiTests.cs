using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Merges;

internal sealed record CompanyMergeResultDto(MergeDto Merge, CompanyDto Company);

/// <summary>Merging companies field by field, with their notes, timelines, contacts and subsidiaries, and undoing it.</summary>
internal sealed class CompanyMergeApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Merge_TakesTheChosenValues_AndMovesTagsNotesTimelineAndContacts_AndHidesTheMergedCompany()
    {
        await Client.DefineAsync(new { entity = "Company", key = "code", label = "Code", type = "Text", isUnique = true });
        var kept = await CreateAsync(new { name = "Danone", domains = new[] { "danone.com" }, website = "www.danone.com", tags = new[] { "client" }, customFields = new { code = "D1" } });
        var other = await CreateAsync(new
        {
            name = "Gervais", domains = new[] { "gd-lait.fr" }, industry = "Agroalimentaire", siren = "552032534", website = "www.gd-lait.fr", tags = new[] { "salon" }, customFields = new { code = "G1" },
        });
        await (await Client.PostAsJsonAsync($"/api/v1/companies/{other.Id}/notes", new { body = "Met at the fair" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        await DrainOutboxesAsync();
        foreach (var id in new[] { kept.Id, other.Id })
        {
            await Eventually.Get(() => Client.GetFromJsonAsync<TimelinePage>($"/api/v1/companies/{id}/timeline?kinds=created")!, t => t!.Items.Count == 1, "the creation");
        }

        var both = await LinkContactAsync("Riboud", (kept.Id, "CEO", false), (other.Id, "Board", true));
        var onlyOther = await LinkContactAsync("Martin", (other.Id, "Buyer", false));

        var result = await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { other.Id }, fields = new { website = other.Id, customFields = new { code = other.Id } } }))
            .ReadOk<CompanyMergeResultDto>(HttpStatusCode.Created);

        var company = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{kept.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Company.Name, Is.EqualTo("Danone"), "the kept company's value by default");
            Assert.That(result.Company.Website, Is.EqualTo("https://www.gd-lait.fr/"), "the value chosen");
            Assert.That(result.Company.Industry, Is.EqualTo("Agroalimentaire"), "a value only the other company has is taken");
            Assert.That(result.Company.Siren, Is.EqualTo("552032534"));
            Assert.That(result.Company.Domains, Is.EqualTo(new[] { "danone.com", "gd-lait.fr" }));
            Assert.That(result.Company.Tags, Is.EqualTo(new[] { "client", "salon" }));
            Assert.That(result.Merge.SourceIds, Is.EqualTo(new[] { other.Id }));
            Assert.That(company.GetProperty("customFields").GetProperty("code").GetString(), Is.EqualTo("G1"));
        });
        await (await Client.GetAsync($"/api/v1/companies/{other.Id}")).AssertProblem(HttpStatusCode.NotFound, "company.not_found");
        var list = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        var search = await Client.GetFromJsonAsync<SearchResultsDto>("/api/v1/search?q=gervais");
        var notes = await Client.GetFromJsonAsync<NotePage>($"/api/v1/companies/{kept.Id}/notes");
        var timeline = await Client.GetFromJsonAsync<TimelinePage>($"/api/v1/companies/{kept.Id}/timeline?kinds=created");
        var contacts = await Client.GetFromJsonAsync<LinkedContactPage>($"/api/v1/companies/{kept.Id}/contacts");
        Assert.Multiple(() =>
        {
            Assert.That(list!.Items.Select(c => c.Id), Is.EqualTo(new[] { kept.Id }));
            Assert.That(search!.Items, Is.Empty);
            Assert.That(notes!.Items.Single().Body, Is.EqualTo("Met at the fair"));
            Assert.That(timeline!.Items, Has.Count.EqualTo(2), "the other company's creation moved here");
            Assert.That(contacts!.Items.Select(c => c.Id), Is.EquivalentTo(new[] { both.Id, onlyOther.Id }));
            Assert.That(contacts.Items.Single(c => c.Id == both.Id).Companies, Is.EqualTo(new[] { new CompanyLinkDto(kept.Id, "Danone", "CEO", true) }), "one link, the kept one's role");
            Assert.That(contacts.Items.Single(c => c.Id == onlyOther.Id).Companies, Is.EqualTo(new[] { new CompanyLinkDto(kept.Id, "Danone", "Buyer", true) }));
        });
        var published = await PublishedAsync<CompaniesMergedIntegrationEvent>();
        Assert.That(published.Select(e => (e.MergeId, e.TargetId, e.SourceIds.Single())), Is.EqualTo(new[] { (result.Merge.Id, kept.Id, other.Id) }));
    }

    [Test]
    public async Task Merge_GivesTheMergedCompanysSubsidiariesToTheKeptOne_AndRefusesALoop()
    {
        var group = await CreateAsync(new { name = "Groupe Danone" });
        var subsidiary = await CreateAsync(new { name = "Danone France", parentCompanyId = group.Id });
        var sister = await CreateAsync(new { name = "Danone Eaux", parentCompanyId = group.Id });

        await (await MergeAsync("\"1\"", new { keepId = subsidiary.Id, mergeIds = new[] { group.Id }, fields = new { parentCompany = subsidiary.Id } }))
            .AssertProblem(HttpStatusCode.BadRequest, "company.parent_company_loop");
        var result = await (await MergeAsync("\"1\"", new { keepId = subsidiary.Id, mergeIds = new[] { group.Id } })).ReadOk<CompanyMergeResultDto>(HttpStatusCode.Created);

        var adopted = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{sister.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Company.ParentCompanyId, Is.Null, "its parent was merged into it");
            Assert.That(adopted!.ParentCompanyId, Is.EqualTo(subsidiary.Id));
        });
    }

    [Test]
    public async Task Undo_BringsBackTheMergedCompany_ItsNotesContactsAndSubsidiaries_AndWhatTheKeptOneWas()
    {
        var kept = await CreateAsync(new { name = "Danone", industry = "Laitier" });
        var other = await CreateAsync(new { name = "Gervais", industry = "Agroalimentaire" });
        var child = await CreateAsync(new { name = "Gervais Export", parentCompanyId = other.Id });
        await (await Client.PostAsJsonAsync($"/api/v1/companies/{other.Id}/notes", new { body = "Met at the fair" })).ReadOk<NoteDto>(HttpStatusCode.Created);
        var contact = await LinkContactAsync("Riboud", (kept.Id, "CEO", true), (other.Id, "Board", false));
        var merge = (await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { other.Id }, fields = new { name = other.Id, industry = other.Id } }))
            .ReadOk<CompanyMergeResultDto>(HttpStatusCode.Created)).Merge;
        var undoable = await Client.GetFromJsonAsync<List<MergeDto>>($"/api/v1/companies/{kept.Id}/merges");

        var undone = await (await Client.PostAsync($"/api/v1/companies/merges/{merge.Id}/undo", null)).ReadOk<MergeDto>();

        var back = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{other.Id}");
        var restored = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{kept.Id}");
        var notes = await Client.GetFromJsonAsync<NotePage>($"/api/v1/companies/{other.Id}/notes");
        var links = await Client.GetFromJsonAsync<LinkedContactDto>($"/api/v1/contacts/{contact.Id}");
        var childBack = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{child.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(undoable!.Select(m => m.Id), Is.EqualTo(new[] { merge.Id }));
            Assert.That(undone.UndoneAtUtc, Is.Not.Null);
            Assert.That((back!.Name, back.Industry), Is.EqualTo(("Gervais", "Agroalimentaire")));
            Assert.That((restored!.Name, restored.Industry), Is.EqualTo(("Danone", "Laitier")));
            Assert.That(notes!.Items.Single().Body, Is.EqualTo("Met at the fair"));
            Assert.That(links!.Companies, Is.EqualTo(new[] { new CompanyLinkDto(kept.Id, "Danone", "CEO", true), new CompanyLinkDto(other.Id, "Gervais", "Board", false) }));
            Assert.That(childBack!.ParentCompanyId, Is.EqualTo(other.Id));
        });
        await (await Client.PostAsync($"/api/v1/companies/merges/{merge.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.already_undone");
        var published = await PublishedAsync<CompaniesMergeUndoneIntegrationEvent>();
        Assert.That(published.Select(e => e.MergeId), Is.EqualTo(new[] { merge.Id }));
    }

    [Test]
    public async Task Undo_AfterTheKeptCompanyChanged_IsRefused()
    {
        var kept = await CreateAsync(new { name = "Danone" });
        var other = await CreateAsync(new { name = "Gervais" });
        var result = await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { other.Id } })).ReadOk<CompanyMergeResultDto>(HttpStatusCode.Created);
        await Task.Delay(5); // A change in the same millisecond as the merge could not be told apart from it.
        var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{kept.Id}") { Content = JsonContent.Create(new { name = "Danone SA" }) };
        change.Headers.TryAddWithoutValidation("If-Match", $"\"{result.Company.Version}\"");
        await (await Client.SendAsync(change)).ReadOk<CompanyDto>();

        await (await Client.PostAsync($"/api/v1/companies/merges/{result.Merge.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.target_changed");
        Assert.That(await Client.GetFromJsonAsync<List<MergeDto>>($"/api/v1/companies/{kept.Id}/merges"), Is.Empty);
    }

    [Test]
    public async Task Undo_AfterThirtyDays_IsRefused()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var kept = await CreateAsync(new { name = "Danone" });
        var other = await CreateAsync(new { name = "Gervais" });
        using var client = app.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        var merge = new HttpRequestMessage(HttpMethod.Post, "/api/v1/companies/merges") { Content = JsonContent.Create(new { keepId = kept.Id, mergeIds = new[] { other.Id } }) };
        merge.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var result = await (await client.SendAsync(merge)).ReadOk<CompanyMergeResultDto>(HttpStatusCode.Created);

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        using var later = app.CreateClient();
        (await Session.SignIn(later, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();

        Assert.That(result.Merge.UndoableUntilUtc, Is.EqualTo(result.Merge.MergedAtUtc.AddDays(30)));
        await (await later.PostAsync($"/api/v1/companies/merges/{result.Merge.Id}/undo", null)).AssertProblem(HttpStatusCode.Conflict, "merge.too_old");
    }

    [Test]
    public async Task Merge_ChecksItsRequest()
    {
        var kept = await CreateAsync(new { name = "Danone" });
        var other = await CreateAsync(new { name = "Gervais" });

        await (await MergeAsync(null, new { keepId = kept.Id, mergeIds = new[] { other.Id } })).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await MergeAsync("\"7\"", new { keepId = kept.Id, mergeIds = new[] { other.Id } })).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { kept.Id } })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { other.Id, other.Id } })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = Array.Empty<Guid>() })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { Guid.NewGuid() } })).AssertProblem(HttpStatusCode.NotFound, "company.not_found");
        await (await MergeAsync("\"1\"", new { keepId = kept.Id, mergeIds = new[] { other.Id }, fields = new { name = Guid.NewGuid() } })).AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await (await Client.PostAsync($"/api/v1/companies/merges/{Guid.NewGuid()}/undo", null)).AssertProblem(HttpStatusCode.NotFound, "merge.not_found");
        Assert.That((await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies"))!.Items, Has.Count.EqualTo(2), "nothing was merged");
    }

    [Test]
    public async Task Merge_OfACompanyOutOfSight_IsNotFound()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        var adminsCompany = await CreateAsync(new { name = "Danone" });
        await Users.Create(App, "manager@example.com", "SalesManager");
        using var manager = await Users.SignedInClient(App, "manager@example.com");
        var managersCompany = await (await manager.PostAsJsonAsync("/api/v1/companies", new { name = "Gervais" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/companies/merges")
        {
            Content = JsonContent.Create(new { keepId = managersCompany.Id, mergeIds = new[] { adminsCompany.Id } }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await (await manager.SendAsync(request)).AssertProblem(HttpStatusCode.NotFound, "company.not_found");
        Assert.That((await Client.GetAsync($"/api/v1/companies/{adminsCompany.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<CompanyDto> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/companies", body)).ReadOk<CompanyDto>(HttpStatusCode.Created);

    private async Task<LinkedContactDto> LinkContactAsync(string lastName, params (Guid CompanyId, string Role, bool IsPrimary)[] links) =>
        await (await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName,
            companies = links.Select(l => new { companyId = l.CompanyId, role = l.Role, isPrimary = l.IsPrimary }),
            ignoreDuplicates = true,
        })).ReadOk<LinkedContactDto>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> MergeAsync(string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/companies/merges") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    private async Task<List<T>> PublishedAsync<T>()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(typeof(T).Name)).Select(m => m.Payload).ToListAsync();
        return payloads.ConvertAll(p => JsonSerializer.Deserialize<T>(p, JsonSerializerOptions.Web)!);
    }
}
