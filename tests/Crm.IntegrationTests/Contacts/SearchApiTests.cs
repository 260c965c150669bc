using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts;

internal sealed record SearchResultDto(string Kind, Guid Id, string Title, string? Subtitle, double Score);

internal sealed record SearchResultsDto(string Query, List<SearchResultDto> Items);

/// <summary>One search box over contacts and companies: names without accents, phone numbers in any form, a typo forgiven.</summary>
internal sealed class SearchApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private Guid _helene;
    private Guid _ada;
    private Guid _danone;

    [SetUp]
    public async Task CreateRecords()
    {
        _helene = await Create("/api/v1/contacts", new
        {
            firstName = "Hélène",
            lastName = "Dupont",
            emails = new[] { new { address = "helene.dupont@acme.fr" } },
            phones = new[] { new { number = "06 12 34 56 78" } },
        });
        _ada = await Create("/api/v1/contacts", new { firstName = "Ada", lastName = "Lovelace", emails = new[] { new { address = "ada@example.com" } } });
        _danone = await Create("/api/v1/companies", new { name = "Danone", domains = new[] { "danone.com" }, siren = "552032534", address = new { city = "Paris" } });
    }

    [TestCase("helene")]
    [TestCase("HÉLÈNE")]
    [TestCase("dupon")]
    [TestCase("du")]
    [TestCase("acme.fr")]
    [TestCase("06 12 34")]
    [TestCase("06.12.34.56.78")]
    [TestCase("+33 6 12 34 56 78")]
    [TestCase("0033612345678")]
    [TestCase("Helene Dupont")]
    public async Task Search_FindsAContactByAnyPartOfNameEmailOrPhone(string q)
    {
        var results = await SearchAsync(q);
        Assert.That(results.Items.FirstOrDefault()?.Id, Is.EqualTo(_helene), () => Describe(results));
        Assert.That(results.Items[0].Kind, Is.EqualTo("Contact"));
    }

    [TestCase("lovelase")]
    [TestCase("lovelace ada")]
    public async Task Search_ForgivesATypo(string q)
    {
        var results = await SearchAsync(q);
        Assert.That(results.Items.Select(r => r.Id), Does.Contain(_ada), () => Describe(results));
        Assert.That(results.Items.Select(r => r.Id), Does.Not.Contain(_helene));
    }

    [TestCase("dupomt")]
    [TestCase("helène dupomt")]
    [TestCase("hleene")]
    public async Task Search_ForgivesOneWrongLetterInAName(string q)
    {
        var results = await SearchAsync(q);
        Assert.That(results.Items.FirstOrDefault()?.Id, Is.EqualTo(_helene), () => Describe(results));
    }

    [Test]
    public async Task Search_ForgivesAWrongLetterThatLeavesNoLetterTripleInCommon()
    {
        // "Curie" written "Cuxie" shares none of its three-letter runs, nor "Total" written "Toxal".
        var curie = await Create("/api/v1/contacts", new { firstName = "Marie", lastName = "Curie" });
        var total = await Create("/api/v1/companies", new { name = "Total" });
        var contact = await SearchAsync("cuxie");
        var company = await SearchAsync("toxal");
        Assert.That(contact.Items.FirstOrDefault()?.Id, Is.EqualTo(curie), () => Describe(contact));
        Assert.That(company.Items.FirstOrDefault()?.Id, Is.EqualTo(total), () => Describe(company));
    }

    [TestCase("danonne")]
    public async Task Search_ForgivesATypoInACompanyName(string q)
    {
        var results = await SearchAsync(q);
        Assert.That(results.Items.Select(r => r.Id), Does.Contain(_danone), () => Describe(results));
    }

    [TestCase("danone.com")]
    [TestCase("552 032 534")]
    [TestCase("dan")]
    public async Task Search_FindsACompanyByNameDomainOrSiren(string q)
    {
        var results = await SearchAsync(q);
        Assert.That(results.Items.FirstOrDefault(), Is.Not.Null, () => Describe(results));
        Assert.That((results.Items[0].Kind, results.Items[0].Id, results.Items[0].Subtitle), Is.EqualTo(("Company", _danone, "danone.com")));
    }

    [Test]
    public async Task Search_RanksTheNameThatBeginsWithTheQueryFirst()
    {
        var lovelaceIndustries = await Create("/api/v1/companies", new { name = "Lovelace Industries" });
        var results = await SearchAsync("lovelace");
        Assert.That(results.Items.Select(r => r.Id), Is.EquivalentTo(new[] { _ada, lovelaceIndustries }));
        var contactFirst = await SearchAsync("lovelace a");
        Assert.That(contactFirst.Items[0].Id, Is.EqualTo(_ada), () => Describe(contactFirst));
    }

    [Test]
    public async Task Search_WhenNothingMatches_IsEmpty()
    {
        var results = await SearchAsync("zzyzx");
        Assert.That(results.Items, Is.Empty, () => Describe(results));
    }

    [TestCase("")]
    [TestCase("?limit=5")]
    public async Task Search_WithoutAQuery_Is400(string query)
    {
        var response = await Client.GetAsync("/api/v1/search" + query);
        await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Test]
    public async Task Search_ShowsOnlyWhatTheCallerMaySee()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var own = (await (await rep.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Hélène", lastName = "Martin" })).ReadOk<ContactDto>(HttpStatusCode.Created)).Id;

        var results = await rep.GetFromJsonAsync<SearchResultsDto>("/api/v1/search?q=helene");
        Assert.That(results!.Items.Select(r => r.Id), Is.EqualTo(new[] { own }));
        var companies = await rep.GetFromJsonAsync<SearchResultsDto>("/api/v1/search?q=danone");
        Assert.That(companies!.Items, Is.Empty);
    }

    [TestCase("0612")]
    [TestCase("lene dup")]
    public async Task ListContacts_WithQ_KeepsThoseWhoseNameEmailOrPhoneHoldsIt(string q)
    {
        var page = await Client.GetFromJsonAsync<ContactPage>($"/api/v1/contacts?q={Uri.EscapeDataString(q)}");
        var count = await Client.GetFromJsonAsync<ContactCountDto>($"/api/v1/contacts/count?q={Uri.EscapeDataString(q)}");
        Assert.Multiple(() =>
        {
            Assert.That(page!.Items.Select(c => c.Id), Is.EqualTo(new[] { _helene }));
            Assert.That(count!.Count, Is.EqualTo(1));
        });
    }

    private static string Describe(SearchResultsDto results) =>
        string.Join("; ", results.Items.Select(r => $"{r.Kind} {r.Title} {r.Score:0.00}"));

    private async Task<SearchResultsDto> SearchAsync(string q) =>
        (await Client.GetFromJsonAsync<SearchResultsDto>($"/api/v1/search?q={Uri.EscapeDataString(q)}"))!;

    private async Task<Guid> Create(string url, object body)
    {
        var response = await Client.PostAsJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    private sealed record IdOnly(Guid Id);
}
