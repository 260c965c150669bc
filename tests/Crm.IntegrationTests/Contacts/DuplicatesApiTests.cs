using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts;

/// <summary>Creating or changing a contact that looks like another one is refused with the candidates, unless confirmed.</summary>
internal sealed class DuplicatesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task CreateContact_WithAnEmailAlreadyKnownInAnotherCase_Is409WithTheCandidate_UnlessConfirmed()
    {
        var first = await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        var body = new { firstName = "Augusta", lastName = "King", emails = new[] { new { address = "ADA@example.com" } } };

        var refused = await Client.PostAsJsonAsync("/api/v1/contacts", body);
        var candidates = await CandidatesOf(refused);
        Assert.That(candidates, Is.EqualTo(new[] { (first, "Ada Lovelace", "SameEmail") }));

        var confirmed = await Client.PostAsJsonAsync("/api/v1/contacts", new { body.firstName, body.lastName, body.emails, ignoreDuplicates = true });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task CreateContact_WithAPhoneAlreadyKnownInAnotherForm_Is409()
    {
        var first = await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", phones = new[] { new { number = "06 12 34 56 78" } } });
        var refused = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Byron", phones = new[] { new { number = "+33 6 12 34 56 78" } } });
        Assert.That(await CandidatesOf(refused), Is.EqualTo(new[] { (first, "Ada Lovelace", "SamePhone") }));
    }

    [Test]
    public async Task CreateContact_WithAColleaguesSwitchboardNumber_IsNoDuplicate_UnlessANamesakeHoldsIt()
    {
        var sophie = await CreateAsync(new { firstName = "Sophie", lastName = "Lambert", phones = new[] { new { number = "01 44 55 66 77" } } });
        var paul = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Paul", lastName = "Durand", phones = new[] { new { number = "01 44 55 66 77" } } });
        var sophieMartin = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Sophie", lastName = "Martin", phones = new[] { new { number = "+33 1 44 55 66 77" } } });
        var namesake = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Sophie", lastName = "Lambert", phones = new[] { new { number = "01 44 55 66 77" } } });

        Assert.Multiple(async () =>
        {
            Assert.That(paul.StatusCode, Is.EqualTo(HttpStatusCode.Created), "another first name on the one holder's number");
            Assert.That(sophieMartin.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a number two contacts hold is a switchboard");
            Assert.That(await CandidatesOf(namesake), Is.EqualTo(new[] { (sophie, "Sophie Lambert", "SamePhone,SameName") }));
        });
    }

    [Test]
    public async Task CreateContact_WithTheSameNameWrittenOtherwise_Is409()
    {
        var first = await CreateAsync(new { firstName = "Hélène", lastName = "Dupont" });
        var refused = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "helene", lastName = "DUPONT" });
        Assert.That(await CandidatesOf(refused), Is.EqualTo(new[] { (first, "Hélène Dupont", "SameName") }));
    }

    [Test]
    public async Task CreateContact_WithASimilarName_IsADuplicateOnlyAtTheSameCompany()
    {
        var danone = await CreateAsync(new { name = "Danone" }, "/api/v1/companies");
        var renault = await CreateAsync(new { name = "Renault" }, "/api/v1/companies");
        var jean = await CreateAsync(new { firstName = "Jean", lastName = "Dupont", companies = new[] { new { companyId = danone } } });

        var sameCompany = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Jean", lastName = "Dupond", companies = new[] { new { companyId = danone } } });
        Assert.That(await CandidatesOf(sameCompany), Is.EqualTo(new[] { (jean, "Jean Dupont", "SimilarNameSameCompany") }));

        var elsewhere = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Jean", lastName = "Dupond", companies = new[] { new { companyId = renault } } });
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created), await elsewhere.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task UpdateContact_IsCheckedOnlyWhenNamesEmailsOrPhonesChange()
    {
        var ada = await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        var twin = await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", ignoreDuplicates = true });

        var jobOnly = await PutAsync(twin, new { firstName = "Ada", lastName = "Lovelace", jobTitle = "Analyst" }, "\"1\"");
        Assert.That(jobOnly.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a known duplicate is not told again for another change");

        var sameEmail = await PutAsync(twin, new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } }, "\"2\"");
        Assert.That(await CandidatesOf(sameEmail), Is.EqualTo(new[] { (ada, "Ada Lovelace", "SameEmail,SameName") }));
    }

    [Test]
    public async Task CreateContact_LikeOneTheCallerCannotSee_IsNotRefused()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await CreateAsync(new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        var created = await rep.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), "nothing about a contact out of sight is told");
    }

    private static async Task<List<(Guid Id, string Name, string Reasons)>> CandidatesOf(HttpResponseMessage response)
    {
        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "contact.possible_duplicates");
        return [.. problem.GetProperty("duplicates").EnumerateArray().Select(d => (
            d.GetProperty("id").GetGuid(),
            d.GetProperty("name").GetString()!,
            string.Join(",", d.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()))))];
    }

    private async Task<Guid> CreateAsync(object body, string url = "/api/v1/contacts")
    {
        var response = await Client.PostAsJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> PutAsync(Guid id, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contacts/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }
}
