using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts;

internal sealed record CompanyPhoneDto(string Number, string International);

internal sealed record CompanyDto(
    Guid Id,
    string Name,
    List<string> Domains,
    string? Industry,
    string? Size,
    string? Siren,
    string? Siret,
    string? VatNumber,
    AddressDto Address,
    CompanyPhoneDto? Phone,
    string? Website,
    List<string> Tags,
    Guid? ParentCompanyId,
    Guid OwnerId,
    int Version);

internal sealed record CompanyPage(List<CompanyDto> Items, string? NextCursor);

internal sealed record CompanyLinkDto(Guid CompanyId, string? CompanyName, string? Role, bool IsPrimary);

internal sealed record LinkedContactDto(Guid Id, string LastName, List<CompanyLinkDto> Companies, int Version);

internal sealed record LinkedContactPage(List<LinkedContactDto> Items, string? NextCursor);

/// <summary>Companies with their French identifiers, groups of companies, and the contacts who work there.</summary>
internal sealed class CompaniesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task CreateCompany_WithIdentifiersAsPeopleTypeThem_StoresThemCompactAndChecked()
    {
        var created = await CreateAsync(new
        {
            name = " Danone ",
            domains = new[] { "https://www.danone.com/fr", "DANONE.com", "danone.fr" },
            industry = "Agroalimentaire",
            size = "Enterprise",
            siren = "552 032 534",
            siret = "552.032.534.00646",
            vatNumber = "fr 27 552032534",
            address = new { street = "17 boulevard Haussmann", postalCode = "75009", city = "Paris", countryCode = "FR" },
            phone = "01 44 35 20 20",
            website = "www.danone.com",
            tags = new[] { "grand compte" },
        });

        var read = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{created.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(read!.Name, Is.EqualTo("Danone"));
            Assert.That(read.Domains, Is.EqualTo(new[] { "danone.com", "danone.fr" }));
            Assert.That((read.Siren, read.Siret, read.VatNumber), Is.EqualTo(("552032534", "55203253400646", "FR27552032534")));
            Assert.That(read.Phone, Is.EqualTo(new CompanyPhoneDto("+33144352020", "+33 1 44 35 20 20")));
            Assert.That(read.Website, Is.EqualTo("https://www.danone.com/"));
            Assert.That(read.Size, Is.EqualTo("Enterprise"));
            Assert.That(read.Address.City, Is.EqualTo("Paris"));
        });
    }

    [Test]
    public async Task CreateCompany_WithOnlyASiret_TakesTheSirenFromIt()
    {
        var created = await CreateAsync(new { name = "Renault", siret = "44163946500034" });
        Assert.That(created.Siren, Is.EqualTo("441639465"));
    }

    [TestCase("siren", "552032535")]
    [TestCase("siret", "55203253400647")]
    [TestCase("vatNumber", "FR28552032534")]
    [TestCase("phone", "12")]
    public async Task CreateCompany_WithAWrongNumber_Is400OnThatField(string field, string value)
    {
        var body = new Dictionary<string, object> { ["name"] = "Danone", [field] = value };
        var response = await Client.PostAsJsonAsync("/api/v1/companies", body);
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").GetProperty(field)[0].GetString(), Does.Contain(value));
    }

    [Test]
    public async Task CreateCompany_WithAWebsiteTooLongOnceEscaped_Is400NotAServerError()
    {
        var website = "example.com/" + new string('é', 100);
        var response = await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone", website });
        await response.AssertProblem(HttpStatusCode.BadRequest, "company.website_invalid");
    }

    [Test]
    public async Task CreateCompany_WithTheSiretOfAnotherSiren_Is400()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone", siren = "552032534", siret = "44163946500034" });
        await response.AssertProblem(HttpStatusCode.BadRequest, "company.siret_not_of_siren");
    }

    [Test]
    public async Task ParentCompany_CannotCloseALoop_AndAParentCannotBeDeleted()
    {
        var group = await CreateAsync(new { name = "Groupe Danone" });
        var subsidiary = await CreateAsync(new { name = "Danone Eaux", parentCompanyId = group.Id });
        Assert.That(subsidiary.ParentCompanyId, Is.EqualTo(group.Id));

        var loop = await SendAsync(HttpMethod.Put, $"/api/v1/companies/{group.Id}", new { name = "Groupe Danone", parentCompanyId = subsidiary.Id }, "\"1\"");
        await loop.AssertProblem(HttpStatusCode.BadRequest, "company.parent_company_loop");
        var self = await SendAsync(HttpMethod.Put, $"/api/v1/companies/{group.Id}", new { name = "Groupe Danone", parentCompanyId = group.Id }, "\"1\"");
        await self.AssertProblem(HttpStatusCode.BadRequest, "company.parent_company_loop");

        var deleteParent = await SendAsync(HttpMethod.Delete, $"/api/v1/companies/{group.Id}", null, "\"1\"");
        await deleteParent.AssertProblem(HttpStatusCode.Conflict, "company.has_subsidiaries");
        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/companies/{subsidiary.Id}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/companies/{group.Id}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task ContactLinkedToACompany_IsListedWithIt_AndLosesTheLinkWhenTheCompanyGoes()
    {
        var company = await CreateAsync(new { name = "Danone" });
        var other = await CreateAsync(new { name = "Renault" });
        var created = await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName = "Riboud",
            companies = new object[] { new { companyId = other.Id, role = "Board" }, new { companyId = company.Id, role = "CEO", isPrimary = true } },
        });
        var contact = await created.ReadOk<LinkedContactDto>(HttpStatusCode.Created);
        Assert.That(contact.Companies, Is.EqualTo(new[]
        {
            new CompanyLinkDto(other.Id, "Renault", "Board", false),
            new CompanyLinkDto(company.Id, "Danone", "CEO", true),
        }));

        var ofCompany = await Client.GetFromJsonAsync<LinkedContactPage>($"/api/v1/companies/{company.Id}/contacts");
        Assert.That(ofCompany!.Items.Select(c => c.Id), Is.EqualTo(new[] { contact.Id }));

        Assert.That((await SendAsync(HttpMethod.Delete, $"/api/v1/companies/{company.Id}", null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var after = await Client.GetFromJsonAsync<LinkedContactDto>($"/api/v1/contacts/{contact.Id}");
        Assert.That(after!.Companies.Select(l => l.CompanyName), Is.EqualTo(new[] { "Renault" }));
    }

    [Test]
    public async Task LinkingAContact_ToAnUnknownCompany_Is400AndStoresNothing()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Riboud", companies = new[] { new { companyId = Guid.NewGuid() } } });
        await response.AssertProblem(HttpStatusCode.BadRequest, "contact.company_unknown");
        Assert.That((await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts"))!.Items, Is.Empty);
    }

    [Test]
    public async Task CompaniesOfOthers_AreHiddenUnderOwnVisibility_AndCannotBeLinked()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        var adminsCompany = await CreateAsync(new { name = "Danone" });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        await (await rep.GetAsync($"/api/v1/companies/{adminsCompany.Id}")).AssertProblem(HttpStatusCode.NotFound, "company.not_found");
        Assert.That((await rep.GetFromJsonAsync<CompanyPage>("/api/v1/companies"))!.Items, Is.Empty);
        var link = await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Riboud", companies = new[] { new { companyId = adminsCompany.Id } } });
        await link.AssertProblem(HttpStatusCode.BadRequest, "contact.company_unknown");

        var own = await (await rep.PostAsJsonAsync("/api/v1/companies", new { name = "Ma Boutique" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        var found = await rep.GetFromJsonAsync<CompanyPage>("/api/v1/companies?q=BOUT");
        Assert.That(found!.Items.Select(c => c.Id), Is.EqualTo(new[] { own.Id }));
    }

    [Test]
    public async Task Contact_NamesOnlyTheCompaniesTheReaderSees()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        var rep = await Users.Create(App, "rep@example.com", "SalesRep");
        using var repClient = await Users.SignedInClient(App, "rep@example.com");
        var repsCompany = await (await repClient.PostAsJsonAsync("/api/v1/companies", new { name = "Ma Boutique" })).ReadOk<CompanyDto>(HttpStatusCode.Created);
        var adminsCompany = await CreateAsync(new { name = "Danone" });
        var created = await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName = "Riboud",
            ownerId = rep,
            companies = new object[] { new { companyId = adminsCompany.Id }, new { companyId = repsCompany.Id } },
        });
        var contact = await created.ReadOk<LinkedContactDto>(HttpStatusCode.Created);

        var seenByRep = await repClient.GetFromJsonAsync<LinkedContactDto>($"/api/v1/contacts/{contact.Id}");
        var seenByAdmin = await Client.GetFromJsonAsync<LinkedContactDto>($"/api/v1/contacts/{contact.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(seenByRep!.Companies.Select(l => (l.CompanyId, l.CompanyName)), Is.EquivalentTo(new[] { (adminsCompany.Id, (string?)null), (repsCompany.Id, "Ma Boutique") }));
            Assert.That(seenByAdmin!.Companies.Select(l => l.CompanyName), Is.EquivalentTo(new[] { "Danone", "Ma Boutique" }));
        });
    }

    private async Task<CompanyDto> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/companies", body)).ReadOk<CompanyDto>(HttpStatusCode.Created);

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
