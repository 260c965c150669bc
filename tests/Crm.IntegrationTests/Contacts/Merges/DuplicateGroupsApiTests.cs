using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Merges;

internal sealed record DuplicateMemberDto(Guid Id, string FirstName, string LastName, string? Email, string? Phone);

internal sealed record DuplicateGroupDto(string Reason, string Key, double Score, List<DuplicateMemberDto> Contacts);

internal sealed record DuplicateGroupPage(List<DuplicateGroupDto> Items, string? NextCursor);

/// <summary>The duplicate finder: groups of contacts sharing an email, a phone number or a whole name.</summary>
internal sealed class DuplicateGroupsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Duplicates_GroupsContactsByEmailPhoneAndName_InPages()
    {
        var jean = await CreateAsync("Jean", "Dupont", "jean@exemple.fr", "06 12 34 56 78");
        var jean2 = await CreateAsync("JEAN", "Dupont", "Jean@Exemple.fr", null);
        var other = await CreateAsync("Marie", "Curie", "marie@exemple.fr", "+33 6 12 34 56 78");
        await CreateAsync("Paul", "Durand", "paul@exemple.fr", null);
        await CreateAsync(null, "Dupont", "d@exemple.fr", null);

        var all = await Client.GetFromJsonAsync<DuplicateGroupPage>("/api/v1/contacts/duplicates");
        var first = await Client.GetFromJsonAsync<DuplicateGroupPage>("/api/v1/contacts/duplicates?limit=2");
        var rest = await Client.GetFromJsonAsync<DuplicateGroupPage>($"/api/v1/contacts/duplicates?limit=2&cursor={first!.NextCursor}");

        Assert.Multiple(() =>
        {
            Assert.That(all!.Items.Select(g => (g.Reason, g.Key)), Is.EqualTo(new[] { ("SameEmail", "jean@exemple.fr"), ("SamePhone", "+33612345678"), ("SameName", "dupont jean") }));
            Assert.That(all.Items[0].Contacts.Select(c => c.Id), Is.EqualTo(new[] { jean, jean2 }), "oldest first");
            Assert.That(all.Items[1].Contacts.Select(c => c.Id), Is.EquivalentTo(new[] { jean, other }));
            Assert.That(all.Items[1].Contacts[0].Phone, Is.EqualTo("+33 6 12 34 56 78"));
            Assert.That(all.Items.Select(g => g.Score), Is.EqualTo(new[] { 1.0, 0.9, 0.7 }));
            Assert.That(all.NextCursor, Is.Null);
            Assert.That(first.Items.Concat(rest!.Items).Select(g => g.Key), Is.EqualTo(all.Items.Select(g => g.Key)));
            Assert.That(rest.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task Duplicates_ShowOnlyContactsInSight_AndLeaveMergedOnesOut()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        var kept = await CreateAsync("Ada", "Lovelace", "ada@example.com", null);
        var twin = await CreateAsync("Ada", "Lovelace", "ada2@example.com", null);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await (await rep.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Grace", "Hopper", "ada@example.com"))).ReadOk<ContactDto>(HttpStatusCode.Created);

        var seenByRep = await rep.GetFromJsonAsync<DuplicateGroupPage>("/api/v1/contacts/duplicates");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{kept}/merge") { Content = JsonContent.Create(new { sourceIds = new[] { twin } }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await (await Client.SendAsync(request)).ReadOk<MergeResultDto>();
        var afterMerge = await Client.GetFromJsonAsync<DuplicateGroupPage>("/api/v1/contacts/duplicates");

        Assert.Multiple(() =>
        {
            Assert.That(seenByRep!.Items, Is.Empty, "the rep sees one of the two contacts with that email only");
            Assert.That(afterMerge!.Items.Select(g => g.Reason), Is.EqualTo(new[] { "SameEmail" }), "the twin's name group is gone");
            Assert.That(afterMerge.Items.SelectMany(g => g.Contacts).Select(c => c.Id), Does.Not.Contain(twin));
        });
        await (await Client.GetAsync("/api/v1/contacts/duplicates?cursor=nonsense")).AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    private async Task<Guid> CreateAsync(string? firstName, string lastName, string email, string? phone) =>
        (await (await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            firstName,
            lastName,
            emails = new[] { new { address = email } },
            phones = phone is null ? [] : new[] { new { number = phone } },
            ignoreDuplicates = true,
        })).ReadOk<ContactDto>(HttpStatusCode.Created)).Id;
}
