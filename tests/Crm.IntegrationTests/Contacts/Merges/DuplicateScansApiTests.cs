using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Merges;

internal sealed record DuplicateScanDto(Guid Id, string Status, string Phase, int Total, int Scanned, int GroupsFound, string? FailureReason);

internal sealed record CandidateMemberDto(Guid Id, string FirstName, string LastName, string? Email, string? Phone, List<string> Companies);

internal sealed record CandidateGroupDto(Guid Id, double Score, List<string> Reasons, List<CandidateMemberDto> Contacts);

internal sealed record CandidateGroupPage(List<CandidateGroupDto> Items, string? NextCursor);

/// <summary>The duplicate finder over the whole base: a background scan, then its groups as each reader sees them.</summary>
internal sealed class DuplicateScansApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Scans = "/api/v1/contacts/duplicate-scans";

    [Test]
    public async Task Scan_FindsATypoInALastNameAtOneCompany_AndASharedEmail_ButNotUnrelatedPeople()
    {
        var danone = await CreateCompanyAsync("Danone");
        var dupont = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", companies = new[] { new { companyId = danone } } });
        var dupond = await CreateAsync(new { firstName = "Jean", lastName = "Dupond", companies = new[] { new { companyId = danone } } });
        await CreateAsync(new { firstName = "Jean", lastName = "Dupons" }); // A typo at no company: another last name, never compared.
        await CreateAsync(new { firstName = "Sophie", lastName = "Lambert", companies = new[] { new { companyId = danone } } });
        var curie = await CreateAsync(new { firstName = "Marie", lastName = "Curie", emails = new[] { new { address = "marie@exemple.fr" } } });
        var sklodowska = await CreateAsync(new { firstName = "Maria", lastName = "Sklodowska", emails = new[] { new { address = "MARIE@exemple.fr" } } });
        await CreateAsync(new { firstName = "Paul", lastName = "Durand", emails = new[] { new { address = "paul@exemple.fr" } } });

        var scan = await RunScanAsync(Client);
        var groups = await GroupsAsync(Client, scan.Id);

        Assert.Multiple(() =>
        {
            Assert.That((scan.Total, scan.Scanned, scan.GroupsFound), Is.EqualTo((7, 7, 2)));
            Assert.That(groups.Select(g => (g.Score, string.Join(",", g.Reasons))), Is.EqualTo(new[] { (1.0, "SameEmail"), (0.92, "SimilarName,SameCompany") }));
            Assert.That(groups[0].Contacts.Select(c => c.Id), Is.EqualTo(new[] { curie, sklodowska }), "oldest first");
            Assert.That(groups[1].Contacts.Select(c => c.Id), Is.EqualTo(new[] { dupont, dupond }));
            Assert.That(groups[1].Contacts[0].Companies, Is.EqualTo(new[] { "Danone" }));
            Assert.That(groups[0].Contacts[0].Email, Is.EqualTo("marie@exemple.fr"));
        });
    }

    [Test]
    public async Task Scan_LeavesOutColleaguesOnOneSwitchboardAndNamesakes_ButJoinsAMarriedNameOnOneMobile()
    {
        // Four colleagues whose card gives the company's switchboard, and two Jean Martin with their own email and phone.
        foreach (var (first, last) in new[] { ("Sophie", "Lambert"), ("Paul", "Durand"), ("Claire", "Petit"), ("Sophie", "Martin") })
        {
            await CreateAsync(new { firstName = first, lastName = last, phones = new[] { new { number = "01 44 55 66 77" } } });
        }

        await CreateAsync(new { firstName = "Jean", lastName = "Martin", emails = new[] { new { address = "jean.martin@orange.fr" } }, phones = new[] { new { number = "06 12 34 56 78" } } });
        await CreateAsync(new { firstName = "Jean", lastName = "Martin", emails = new[] { new { address = "jmartin@free.fr" } }, phones = new[] { new { number = "07 98 76 54 32" } } });
        // One woman, before and after her marriage: the same mobile.
        var maiden = await CreateAsync(new { firstName = "Marie", lastName = "Sklodowska", phones = new[] { new { number = "06 11 22 33 44" } } });
        var married = await CreateAsync(new { firstName = "Marie", lastName = "Curie", phones = new[] { new { number = "+33 6 11 22 33 44" } } });

        var scan = await RunScanAsync(Client);
        var groups = await GroupsAsync(Client, scan.Id);

        Assert.Multiple(() =>
        {
            Assert.That(groups.Select(g => g.Contacts.Select(c => c.Id)), Is.EqualTo(new[] { new[] { maiden, married } }));
            Assert.That(groups.Select(g => (g.Score, string.Join(",", g.Reasons))), Is.EqualTo(new[] { (0.9, "SamePhone") }));
        });
    }

    [Test]
    public async Task Groups_ShowOnlyTheContactsTheReaderSees_AndHideGroupsLeftWithOne()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada2@example.com" } } });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var repAda = await CreateAsync(new { firstName = "Augusta", lastName = "King", emails = new[] { new { address = "ada@example.com" } } }, rep);
        var grace = await CreateAsync(new { firstName = "Grace", lastName = "Hopper" }, rep);
        var grace2 = await CreateAsync(new { firstName = "Grace", lastName = "Hopper" }, rep);

        var scan = await RunScanAsync(Client);
        var seenByAdmin = await GroupsAsync(Client, scan.Id);
        var seenByRep = await GroupsAsync(rep, scan.Id);

        Assert.Multiple(() =>
        {
            Assert.That(seenByAdmin.Select(g => g.Contacts.Count), Is.EquivalentTo(new[] { 3, 2 }), "Ada's group holds the rep's contact too");
            Assert.That(seenByRep, Has.Count.EqualTo(1), "the rep sees one contact of Ada's group only");
            Assert.That(seenByRep[0].Contacts.Select(c => c.Id), Is.EqualTo(new[] { grace, grace2 }));
            Assert.That(seenByRep.SelectMany(g => g.Contacts).Select(c => c.Id), Does.Not.Contain(repAda));
        });
    }

    [Test]
    public async Task StartScan_WhileAnotherRuns_Is409_AndItsGroupsWaitForTheEnd()
    {
        var running = DuplicateScan.Ask(Guid.NewGuid(), DateTimeOffset.UtcNow);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Held by another process for an hour: this process's worker leaves it alone.
            var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
            running.TryLease(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1));
            db.DuplicateScans.Add(running);
            await db.SaveChangesAsync();
        }

        var second = await Client.PostAsync(Scans, null);
        var latest = await (await Client.GetAsync($"{Scans}/latest")).ReadOk<DuplicateScanDto>();

        await second.AssertProblem(HttpStatusCode.Conflict, "duplicate_scan.already_running");
        Assert.That((latest.Id, latest.Status), Is.EqualTo((running.Id.Value, "Running")));
        await (await Client.GetAsync($"{Scans}/{running.Id.Value}/groups")).AssertProblem(HttpStatusCode.Conflict, "duplicate_scan.not_completed");
    }

    [Test]
    public async Task TheStore_KeepsOnePendingScan_SoTwoAsksAtOneInstantCannotBothStart()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        db.DuplicateScans.Add(DuplicateScan.Ask(Guid.NewGuid(), DateTimeOffset.UtcNow));
        db.DuplicateScans.Add(DuplicateScan.Ask(Guid.NewGuid(), DateTimeOffset.UtcNow));

        Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Test]
    public async Task MergedContacts_LeaveTheirGroup_UntilItIsGone()
    {
        var kept = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", emails = new[] { new { address = "jean@exemple.fr" } } });
        var twin = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", emails = new[] { new { address = "jean@exemple.fr" } } });
        var third = await CreateAsync(new { firstName = "Jean", lastName = "Dupont" });
        var scan = await RunScanAsync(Client);
        var before = await GroupsAsync(Client, scan.Id);

        await MergeAsync(kept, twin);
        var shrunk = await GroupsAsync(Client, scan.Id);
        await MergeAsync(kept, third);
        var gone = await GroupsAsync(Client, scan.Id);

        Assert.Multiple(() =>
        {
            Assert.That(before.Single().Contacts.Select(c => c.Id), Is.EqualTo(new[] { kept, twin, third }));
            Assert.That(before.Single().Reasons, Is.EqualTo(new[] { "SameEmail", "SameName" }));
            Assert.That(shrunk.Single().Contacts.Select(c => c.Id), Is.EqualTo(new[] { kept, third }));
            Assert.That(gone, Is.Empty);
        });
    }

    [Test]
    public async Task ANewScan_ReplacesTheGroupsOfTheLastOne_AndPagesByScore()
    {
        await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        await CreateAsync(new { firstName = "Augusta", lastName = "King", emails = new[] { new { address = "ada@example.com" } } });
        await CreateAsync(new { firstName = "Grace", lastName = "Hopper" });
        await CreateAsync(new { firstName = "Grace", lastName = "Hopper" });
        var first = await RunScanAsync(Client);
        var second = await RunScanAsync(Client);

        var page1 = await (await Client.GetAsync($"{Scans}/{second.Id}/groups?limit=1")).ReadOk<CandidateGroupPage>();
        var page2 = await (await Client.GetAsync($"{Scans}/{second.Id}/groups?limit=1&cursor={page1.NextCursor}")).ReadOk<CandidateGroupPage>();

        Assert.Multiple(() =>
        {
            Assert.That(page1.Items.Concat(page2.Items).Select(g => g.Score), Is.EqualTo(new[] { 1.0, 0.8 }));
            Assert.That(page2.NextCursor, Is.Null);
        });
        await (await Client.GetAsync($"{Scans}/{first.Id}/groups")).AssertProblem(HttpStatusCode.NotFound, "duplicate_scan.superseded");
        await (await Client.GetAsync($"{Scans}/{second.Id}/groups?cursor=nonsense")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
        await (await Client.GetAsync($"{Scans}/{Guid.NewGuid()}/groups")).AssertProblem(HttpStatusCode.NotFound, "duplicate_scan.not_found");
    }

    [Test]
    public async Task Scans_NeedThePermissions()
    {
        await (await Client.GetAsync($"{Scans}/latest")).AssertProblem(HttpStatusCode.NotFound, "duplicate_scan.none");
        await Users.Create(App, "viewer@example.com", "MarketingManager");
        using var viewer = await Users.SignedInClient(App, "viewer@example.com");

        Assert.That((await viewer.PostAsync(Scans, null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static async Task<DuplicateScanDto> RunScanAsync(HttpClient client)
    {
        var asked = await (await client.PostAsync(Scans, null)).ReadOk<DuplicateScanDto>(HttpStatusCode.Accepted);
        var done = await Eventually.Get(
            () => client.GetFromJsonAsync<DuplicateScanDto>($"{Scans}/{asked.Id}")!, s => s!.Status is "Completed" or "Failed", "the duplicate scan");
        Assert.That(done!.Status, Is.EqualTo("Completed"), done.FailureReason);
        return done;
    }

    private static async Task<List<CandidateGroupDto>> GroupsAsync(HttpClient client, Guid scan) =>
        (await (await client.GetAsync($"{Scans}/{scan}/groups")).ReadOk<CandidateGroupPage>()).Items;

    private async Task MergeAsync(Guid kept, Guid source)
    {
        var ifMatch = (await Client.GetAsync($"/api/v1/contacts/{kept}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{kept}/merge") { Content = JsonContent.Create(new { sourceIds = new[] { source } }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        await (await Client.SendAsync(request)).ReadOk<MergeResultDto>();
    }

    private async Task<Guid> CreateCompanyAsync(string name) =>
        (await (await Client.PostAsJsonAsync("/api/v1/companies", new { name })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<Guid> CreateAsync(object body, HttpClient? client = null)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
        json["ignoreDuplicates"] = true;
        return (await (await (client ?? Client).PostAsJsonAsync("/api/v1/contacts", json)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
