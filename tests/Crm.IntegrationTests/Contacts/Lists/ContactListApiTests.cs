using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.Lists;

internal sealed record ListedContact(Guid Id, string FirstName, string LastName, string? JobTitle, string LifecycleStage, List<string> Tags);

internal sealed record ContactListDto(List<ListedContact> Items, string? NextCursor, long? Total, bool TotalIsEstimate);

/// <summary>Contact lists narrowed by filters on any field, custom ones included, sorted and paged by keyset.</summary>
internal sealed class ContactListApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Filters_OnOwnAndCustomFields_NarrowTheList()
    {
        await SeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("filter=lastName:startsWith:ho"), Is.EqualTo(new[] { "Hopper" }));
            Assert.That(await NamesAsync("filter=lastName:contains:AM&sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Lamarr" }));
            Assert.That(await NamesAsync("filter=lifecycleStage:in:customer,evangelist&sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Lovelace" }));
            Assert.That(await NamesAsync("filter=jobTitle:isEmpty&sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Lamarr" }));
            Assert.That(await NamesAsync("filter=tags:eq:vip&sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
            Assert.That(await NamesAsync("filter=email:eq:ADA@EXAMPLE.COM"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await NamesAsync("filter=cf.budget:gt:1000&sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
            Assert.That(await NamesAsync("filter=cf.budget:between:500,1500&sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Lovelace" }));
            Assert.That(await NamesAsync("filter=cf.budget:isEmpty"), Is.EqualTo(new[] { "Lamarr" }));
            Assert.That(await NamesAsync("filter=cf.segment:eq:Grand compte&sort=lastName"), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
            Assert.That(await NamesAsync("filter=cf.interests:in:cloud,ai&sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Hopper" }));
            Assert.That(await NamesAsync("filter=cf.renewal:lt:2027-01-01"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await NamesAsync("filter=cf.newsletter:eq:true&filter=tags:eq:vip"), Is.EqualTo(new[] { "Hopper" }));
            Assert.That(await NamesAsync($"filter=createdAt:eq:{DateTime.UtcNow:yyyy-MM-dd}&filter=lastName:eq:lamarr"), Is.EqualTo(new[] { "Lamarr" }));
        });
    }

    [Test]
    public async Task LastNameFilters_FindNamesWithAccentsCaseAndPunctuation()
    {
        foreach (var (first, last) in new[] { ("Paul", "Éluard"), ("Charles", "d'Artagnan"), ("Anne", "Le Guen"), ("Jean", "Eluardo") })
        {
            await CreateAsync(new { firstName = first, lastName = last, ignoreDuplicates = true });
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("filter=lastName:startsWith:ÉL&sort=lastName"), Is.EqualTo(new[] { "Éluard" }));
            Assert.That(await NamesAsync("filter=lastName:startsWith:el&sort=lastName"), Is.EqualTo(new[] { "Eluardo" }));
            Assert.That(await NamesAsync("filter=lastName:startsWith:d'a"), Is.EqualTo(new[] { "d'Artagnan" }));
            Assert.That(await NamesAsync("filter=lastName:eq:D'ARTAGNAN"), Is.EqualTo(new[] { "d'Artagnan" }));
            Assert.That(await NamesAsync("filter=lastName:startsWith:le g"), Is.EqualTo(new[] { "Le Guen" }));
            Assert.That(await NamesAsync("filter=lastName:eq:éluard"), Is.EqualTo(new[] { "Éluard" }));
            Assert.That(await NamesAsync("filter=lastName:startsWith:'"), Is.Empty);
        });
    }

    [Test]
    public async Task PhoneFilters_ReadNumbersAsPeopleTypeThem()
    {
        foreach (var (last, phone) in new[] { ("Lovelace", "06 12 34 56 78"), ("Hopper", "+32 2 555 12 34"), ("Hamilton", "07 98 76 54 32") })
        {
            await CreateAsync(new { lastName = last, phones = new[] { new { number = phone } } });
        }

        Task<string[]> Having(string condition) => NamesAsync("sort=lastName&filter=" + Uri.EscapeDataString(condition));
        Assert.Multiple(async () =>
        {
            Assert.That(await Having("phone:eq:06 12 34 56 78"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await Having("phone:eq:+33 6 12 34 56 78"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await Having("phone:neq:06.12.34.56.78"), Is.EqualTo(new[] { "Hamilton", "Hopper" }));
            Assert.That(await Having("phone:startsWith:06 12"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await Having("phone:startsWith:0033 6"), Is.EqualTo(new[] { "Lovelace" }));
            Assert.That(await Having("phone:startsWith:+32"), Is.EqualTo(new[] { "Hopper" }));
            Assert.That(await Having("phone:contains:54 32"), Is.EqualTo(new[] { "Hamilton" }));
            Assert.That(await Having("phone:in:0612345678,07 98 76 54 32"), Is.EqualTo(new[] { "Hamilton", "Lovelace" }));
        });
    }

    [Test]
    public async Task Sort_PagesThroughEveryContactOnce_InEitherDirection_AndByACustomField()
    {
        await SeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await AllPagesAsync("sort=lastName"), Is.EqualTo(new[] { "Hamilton", "Hopper", "Lamarr", "Lovelace" }));
            Assert.That(await AllPagesAsync("sort=-lastName"), Is.EqualTo(new[] { "Lovelace", "Lamarr", "Hopper", "Hamilton" }));
            Assert.That(await AllPagesAsync("sort=-cf.budget"), Is.EqualTo(new[] { "Hopper", "Lovelace", "Hamilton", "Lamarr" }));
            Assert.That(await AllPagesAsync("sort=jobTitle"), Is.EqualTo(new[] { "Hamilton", "Lamarr", "Hopper", "Lovelace" }));
            Assert.That(await AllPagesAsync("sort=-createdAt"), Is.EqualTo(new[] { "Lamarr", "Hamilton", "Hopper", "Lovelace" }));
        });
    }

    [Test]
    public async Task FirstPage_CarriesTheTotalOfTheFilteredList_LaterPagesDoNot()
    {
        await SeedAsync();
        var first = await ListAsync("filter=tags:eq:vip&limit=1");
        var second = await ListAsync($"filter=tags:eq:vip&limit=1&cursor={first.NextCursor}");
        Assert.Multiple(() =>
        {
            Assert.That((first.Total, first.TotalIsEstimate), Is.EqualTo(((long?)2, false)));
            Assert.That(second.Total, Is.Null);
            Assert.That(second.Items, Has.Count.EqualTo(1));
        });
    }

    [TestCase("filter=nickname:eq:x", "filter.field_unknown")]
    [TestCase("filter=lastName", "filter.invalid")]
    [TestCase("filter=lastName:like:x", "filter.invalid")]
    [TestCase("filter=lastName:between:a", "filter.invalid")]
    [TestCase("filter=lastName:gt:a", "filter.operator_not_supported")]
    [TestCase("filter=lifecycleStage:eq:prospect", "filter.invalid")]
    [TestCase("filter=createdAt:gt:yesterday", "filter.invalid")]
    [TestCase("filter=cf.budget:gt:lots", "filter.invalid")]
    [TestCase("sort=nickname", "sort.field_unknown")]
    [TestCase("cursor=bm90LWEtY3Vyc29y", "paging.cursor_invalid")]
    public async Task WrongFilterSortOrCursor_Is400SayingWhatIsWrong(string query, string code)
    {
        await SeedAsync();
        var response = await Client.GetAsync($"/api/v1/contacts?{query}");
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, code);
        Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
    }

    [TestCase("filter=createdAt:gte:2026-01-31T08:00:00%2B02:00")]
    [TestCase("filter=createdAt:eq:9999-12-31")]
    [TestCase("filter=updatedAt:lte:0001-01-01")]
    public async Task InstantsWithAnOffset_OrAtTheEdgesOfTime_AreRead(string query)
    {
        await SeedAsync();
        var response = await Client.GetAsync($"/api/v1/contacts?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CursorOfOneSort_IsRefusedForAnother()
    {
        await SeedAsync();
        var first = await ListAsync("sort=lastName&limit=1");
        var response = await Client.GetAsync($"/api/v1/contacts?sort=firstName&cursor={first.NextCursor}");
        await response.AssertProblem(HttpStatusCode.BadRequest, "paging.cursor_invalid");
    }

    [Test]
    public async Task Filters_StillShowOnlyWhatTheCallerMaySee()
    {
        await SeedAsync();
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hedy", tags = new[] { "vip" }, ignoreDuplicates = true });

        var page = await rep.GetFromJsonAsync<ContactListDto>("/api/v1/contacts?filter=tags:eq:vip");
        Assert.That((page!.Items.Select(c => c.LastName), page.Total), Is.EqualTo((new[] { "Hedy" }, (long?)1)));
    }

    private async Task SeedAsync()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "budget", label = "Budget", type = "Money" });
        await Client.DefineAsync(new { entity = "Contact", key = "segment", label = "Segment", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        await Client.DefineAsync(new { entity = "Contact", key = "interests", label = "Intérêts", type = "MultiSelect", options = new[] { new { label = "Data" }, new { label = "Cloud" }, new { label = "AI" } } });
        await Client.DefineAsync(new { entity = "Contact", key = "renewal", label = "Renouvellement", type = "Date" });
        await Client.DefineAsync(new { entity = "Contact", key = "newsletter", label = "Newsletter", type = "Bool" });

        await CreateAsync(new
        {
            firstName = "Ada", lastName = "Lovelace", jobTitle = "Mathématicienne", lifecycleStage = "Customer", tags = new[] { "vip" },
            emails = new[] { new { address = "ada@example.com" } },
            customFields = new { budget = 1200, segment = "grand_compte", interests = new[] { "data" }, renewal = "2026-12-31", newsletter = false },
        });
        await CreateAsync(new
        {
            firstName = "Grace", lastName = "Hopper", jobTitle = "Amiral", lifecycleStage = "Lead", tags = new[] { "vip", "navy" },
            customFields = new { budget = 5000, segment = "grand_compte", interests = new[] { "cloud" }, renewal = "2027-06-30", newsletter = true },
        });
        await CreateAsync(new
        {
            firstName = "Margaret", lastName = "Hamilton", lifecycleStage = "Evangelist",
            customFields = new { budget = 800, segment = "pme", interests = new[] { "ai", "data" } },
        });
        await CreateAsync(new { firstName = "Hedy", lastName = "Lamarr", lifecycleStage = "Subscriber" });
    }

    private async Task CreateAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task<ContactListDto> ListAsync(string query)
    {
        var response = await Client.GetAsync($"/api/v1/contacts?{query}");
        return await response.ReadOk<ContactListDto>();
    }

    private async Task<string[]> NamesAsync(string query) => [.. (await ListAsync(query)).Items.Select(c => c.LastName)];

    private async Task<string[]> AllPagesAsync(string query)
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync($"{query}&limit=1" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            names.AddRange(page.Items.Select(c => c.LastName));
            cursor = page.NextCursor;
        }
        while (cursor is not null && names.Count < 10);
        return [.. names];
    }
}
