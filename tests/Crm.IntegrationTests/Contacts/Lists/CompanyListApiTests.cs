using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

internal sealed record CompanyListDto(List<CompanyDto> Items, string? NextCursor, long? Total, bool TotalIsEstimate);

/// <summary>Company lists narrowed by filters on any field, custom ones included, sorted and paged by keyset, as contact lists are.</summary>
internal sealed class CompanyListApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private CompanyDto _danone = null!;

    [Test]
    public async Task Filters_OnOwnAndCustomFields_NarrowTheList()
    {
        await SeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("filter=name:startsWith:MICH"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(await NamesAsync("filter=name:contains:in&sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Blédina", "Michelin" }));
            Assert.That(await NamesAsync("filter=domain:eq:DANONE.FR"), Is.EqualTo(new[] { "Danone" }));
            Assert.That(await NamesAsync("filter=domain:contains:.fr&sort=name"), Is.EqualTo(new[] { "Blédina", "Danone" }));
            Assert.That(await NamesAsync("filter=domain:startsWith:mich"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(await NamesAsync("filter=domain:in:bledina.fr,michelin.com&sort=name"), Is.EqualTo(new[] { "Blédina", "Michelin" }));
            Assert.That(await NamesAsync("filter=domain:isEmpty"), Is.EqualTo(new[] { "Atelier Martin" }));
            Assert.That(await NamesAsync("filter=industry:eq:agroalimentaire&sort=name"), Is.EqualTo(new[] { "Blédina", "Danone" }));
            Assert.That(await NamesAsync("filter=industry:isEmpty"), Is.EqualTo(new[] { "Atelier Martin" }));
            Assert.That(await NamesAsync("filter=size:in:enterprise,large&sort=name"), Is.EqualTo(new[] { "Blédina", "Danone", "Michelin" }));
            Assert.That(await NamesAsync("filter=size:neq:Enterprise&sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Blédina" }));
            Assert.That(await NamesAsync("filter=siren:eq:855200887"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(await NamesAsync("filter=siren:isEmpty&sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Blédina" }));
            Assert.That(await NamesAsync("filter=vatNumber:startsWith:fr27"), Is.EqualTo(new[] { "Danone" }));
            Assert.That(await NamesAsync("filter=city:eq:PARIS"), Is.EqualTo(new[] { "Danone" }));
            Assert.That(await NamesAsync("filter=postalCode:startsWith:69&sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Blédina" }));
            Assert.That(await NamesAsync($"filter=parentCompanyId:eq:{_danone.Id}"), Is.EqualTo(new[] { "Blédina" }));
            Assert.That(await NamesAsync("filter=parentCompanyId:isEmpty&sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Danone", "Michelin" }));
            Assert.That(await NamesAsync($"filter=ownerId:neq:{_danone.OwnerId}"), Is.Empty);
            Assert.That(await NamesAsync("filter=tags:eq:industrie"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(await NamesAsync("filter=cf.budget:gt:1000&sort=name"), Is.EqualTo(new[] { "Blédina", "Danone" }));
            Assert.That(await NamesAsync("filter=cf.budget:between:500,1500&sort=name"), Is.EqualTo(new[] { "Blédina", "Michelin" }));
            Assert.That(await NamesAsync("filter=cf.budget:isEmpty"), Is.EqualTo(new[] { "Atelier Martin" }));
            Assert.That(await NamesAsync("filter=cf.tier:eq:Grand compte&sort=name"), Is.EqualTo(new[] { "Danone", "Michelin" }));
            Assert.That(await NamesAsync("filter=cf.partner:eq:true"), Is.EqualTo(new[] { "Danone" }));
            Assert.That(await NamesAsync("filter=cf.renewal:lt:2028-01-01"), Is.EqualTo(new[] { "Danone" }));
            Assert.That(await NamesAsync($"filter=createdAt:eq:{DateTime.UtcNow:yyyy-MM-dd}&filter=name:eq:michelin"), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(await NamesAsync("q=danone&filter=size:eq:enterprise"), Is.EqualTo(new[] { "Danone" }));
        });
    }

    [Test]
    public async Task Sort_PagesThroughEveryCompanyOnce_InEitherDirection_AndByACustomField()
    {
        await SeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await AllPagesAsync("sort=name"), Is.EqualTo(new[] { "Atelier Martin", "Blédina", "Danone", "Michelin" }));
            Assert.That(await AllPagesAsync("sort=-name"), Is.EqualTo(new[] { "Michelin", "Danone", "Blédina", "Atelier Martin" }));
            Assert.That(await AllPagesAsync("sort=-cf.budget"), Is.EqualTo(new[] { "Danone", "Blédina", "Michelin", "Atelier Martin" }));
            Assert.That(await AllPagesAsync("sort=domain"), Is.EqualTo(new[] { "Atelier Martin", "Blédina", "Danone", "Michelin" }));
            Assert.That(await AllPagesAsync("sort=-domain"), Is.EqualTo(new[] { "Michelin", "Danone", "Blédina", "Atelier Martin" }));
            Assert.That(await AllPagesAsync("sort=city"), Is.EqualTo(new[] { "Michelin", "Blédina", "Atelier Martin", "Danone" }));
            Assert.That(await AllPagesAsync("sort=industry"), Is.EqualTo(new[] { "Atelier Martin", "Danone", "Blédina", "Michelin" }));
            Assert.That(await AllPagesAsync("sort=siren"), Is.EqualTo(new[] { "Blédina", "Atelier Martin", "Danone", "Michelin" }));
            Assert.That(await AllPagesAsync("sort=-createdAt"), Is.EqualTo(new[] { "Atelier Martin", "Michelin", "Blédina", "Danone" }));
            Assert.That(await AllPagesAsync("sort=createdAt&filter=size:eq:enterprise"), Is.EqualTo(new[] { "Danone", "Michelin" }));
        });
    }

    [Test]
    public async Task FirstPage_CarriesTheTotalOfTheFilteredList_LaterPagesDoNot()
    {
        await SeedAsync();
        var first = await ListAsync("filter=tags:eq:grand compte&sort=name&limit=1");
        var second = await ListAsync($"filter=tags:eq:grand compte&sort=name&limit=1&cursor={Uri.EscapeDataString(first.NextCursor!)}");
        var last = await ListAsync($"filter=tags:eq:grand compte&sort=name&limit=1&cursor={Uri.EscapeDataString(second.NextCursor ?? string.Empty)}");
        Assert.Multiple(() =>
        {
            Assert.That((first.Total, first.TotalIsEstimate), Is.EqualTo(((long?)2, false)));
            Assert.That(first.Items.Select(c => c.Name), Is.EqualTo(new[] { "Danone" }));
            Assert.That(second.Total, Is.Null);
            Assert.That(second.Items.Select(c => c.Name), Is.EqualTo(new[] { "Michelin" }));
            Assert.That(second.NextCursor, Is.Null, "the last page says there is no next one");
            Assert.That(last.Total, Is.EqualTo(2), "an empty cursor starts again");
        });
    }

    [TestCase("filter=nickname:eq:x", "filter.field_unknown")]
    [TestCase("filter=lastName:eq:x", "filter.field_unknown")]
    [TestCase("filter=name", "filter.invalid")]
    [TestCase("filter=name:like:x", "filter.invalid")]
    [TestCase("filter=name:between:a", "filter.invalid")]
    [TestCase("filter=name:gt:a", "filter.operator_not_supported")]
    [TestCase("filter=domain:between:a,b", "filter.operator_not_supported")]
    [TestCase("filter=size:eq:huge", "filter.invalid")]
    [TestCase("filter=size:contains:micro", "filter.operator_not_supported")]
    [TestCase("filter=parentCompanyId:eq:danone", "filter.invalid")]
    [TestCase("filter=createdAt:gt:yesterday", "filter.invalid")]
    [TestCase("filter=cf.budget:gt:lots", "filter.invalid")]
    [TestCase("filter=cf.seats:gt:1", "filter.field_unknown")]
    [TestCase("sort=nickname", "sort.field_unknown")]
    [TestCase("sort=tags", "sort.field_unknown")]
    [TestCase("cursor=bm90LWEtY3Vyc29y", "paging.cursor_invalid")]
    public async Task WrongFilterSortOrCursor_Is400SayingWhatIsWrong(string query, string code)
    {
        await SeedAsync();
        var response = await Client.GetAsync($"/api/v1/companies?{query}");
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, code);
        Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task CursorOfOneSort_IsRefusedForAnother()
    {
        await SeedAsync();
        var first = await ListAsync("sort=name&limit=1");
        var response = await Client.GetAsync($"/api/v1/companies?sort=-name&cursor={Uri.EscapeDataString(first.NextCursor!)}");
        await response.AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    [Test]
    public async Task Filters_StillShowOnlyWhatTheCallerMaySee()
    {
        await SeedAsync();
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Ma Boutique", size = "Micro" })).ReadOk<CompanyDto>(HttpStatusCode.Created);

        var page = await rep.GetFromJsonAsync<CompanyListDto>("/api/v1/companies?filter=size:eq:micro&sort=name");
        Assert.That((page!.Items.Select(c => c.Name), page.Total), Is.EqualTo((new[] { "Ma Boutique" }, (long?)1)));
    }

    private async Task SeedAsync()
    {
        await Client.DefineAsync(new { entity = "Company", key = "budget", label = "Budget", type = "Money" });
        await Client.DefineAsync(new { entity = "Company", key = "tier", label = "Tier", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        await Client.DefineAsync(new { entity = "Company", key = "renewal", label = "Renouvellement", type = "Date" });
        await Client.DefineAsync(new { entity = "Company", key = "partner", label = "Partenaire", type = "Bool" });
        // A contact's field is not a company's.
        await Client.DefineAsync(new { entity = "Contact", key = "seats", label = "Seats", type = "Number" });

        _danone = await CreateAsync(new
        {
            name = "Danone", domains = new[] { "danone.com", "danone.fr" }, industry = "Agroalimentaire", size = "Enterprise",
            siren = "552032534", vatNumber = "FR27552032534", address = new { city = "Paris", postalCode = "75009", countryCode = "FR" },
            tags = new[] { "grand compte" },
            customFields = new { budget = 5000, tier = "grand_compte", renewal = "2027-06-30", partner = true },
        });
        await CreateAsync(new
        {
            name = "Blédina", domains = new[] { "bledina.fr" }, industry = "Agroalimentaire", size = "Large",
            address = new { city = "Limonest", postalCode = "69760", countryCode = "FR" }, parentCompanyId = _danone.Id,
            customFields = new { budget = 1200, tier = "pme", partner = false },
        });
        await CreateAsync(new
        {
            name = "Michelin", domains = new[] { "michelin.com" }, industry = "Pneumatiques", size = "Enterprise", siren = "855200887",
            address = new { city = "Clermont-Ferrand", postalCode = "63000", countryCode = "FR" }, tags = new[] { "grand compte", "industrie" },
            customFields = new { budget = 800, tier = "grand_compte", renewal = "2028-03-31" },
        });
        await CreateAsync(new { name = "Atelier Martin", size = "Micro", address = new { city = "Lyon", postalCode = "69002", countryCode = "FR" } });
    }

    private async Task<CompanyDto> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/companies", body)).ReadOk<CompanyDto>(HttpStatusCode.Created);

    private async Task<CompanyListDto> ListAsync(string query) =>
        await (await Client.GetAsync($"/api/v1/companies?{query}")).ReadOk<CompanyListDto>();

    private async Task<string[]> NamesAsync(string query) => [.. (await ListAsync(query)).Items.Select(c => c.Name)];

    private async Task<string[]> AllPagesAsync(string query)
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync($"{query}&limit=1" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            names.AddRange(page.Items.Select(c => c.Name));
            cursor = page.NextCursor;
        }
        while (cursor is not null && names.Count < 10);
        return [.. names];
    }
}
