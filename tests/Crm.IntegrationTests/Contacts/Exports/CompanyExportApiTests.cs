using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Contacts.CustomFields;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Exports;

/// <summary>Exporting companies: what the caller sees, narrowed as the list is, with custom field columns, recorded and published for the audit trail.</summary>
internal sealed class CompanyExportApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Csv_HoldsTheFilteredCompanies_WithTheirParentAndCustomFields_AsExcelOpensIt()
    {
        await Client.DefineAsync(new { entity = "Company", key = "budget", label = "Budget", type = "Money" });
        await Client.DefineAsync(new { entity = "Company", key = "tier", label = "Tier", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        var danone = await CreateAsync(new
        {
            name = "Danone", domains = new[] { "danone.com", "danone.fr" }, industry = "Agroalimentaire", size = "Enterprise", siren = "552032534",
            address = new { city = "Paris", postalCode = "75009", countryCode = "FR" }, tags = new[] { "grand compte" },
            customFields = new { budget = 5000.5, tier = "grand_compte" },
        });
        await CreateAsync(new { name = "Blédina", industry = "Agroalimentaire", size = "Large", parentCompanyId = danone.Id, customFields = new { budget = 1200 } });
        await CreateAsync(new { name = "=Michelin", industry = "Pneumatiques", size = "Enterprise" });

        var response = await Client.GetAsync("/api/v1/companies/export?format=csv&filter=industry:eq:agroalimentaire");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.StartWith("companies-").And.EndWith(".csv"));
            Assert.That(text, Does.StartWith("\uFEFFRaison sociale;Domaines;Secteur;Taille;SIREN;SIRET;Numéro de TVA;Téléphone;Site web;Adresse;Code postal;Ville;Région;Pays;Société mère;Étiquettes;Créée le;Identifiant de la société;Budget;Tier"));
            Assert.That(text, Does.Contain($"Danone;danone.com, danone.fr;Agroalimentaire;Enterprise;552032534;;;;;;75009;Paris;;FR;;grand compte;{DateTime.UtcNow:yyyy-MM-dd};{danone.Id};5000.5;Grand compte"));
            Assert.That(text, Does.Contain(";Danone;"), "Blédina names its parent");
            Assert.That(text, Does.Contain(";1200;"));
            Assert.That(text, Does.Not.Contain("Michelin"), "the filter narrows the export");
        });
        Assert.That(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3), "a header and two companies");

        var formula = await Client.GetStringAsync("/api/v1/companies/export?format=csv&q=michelin");
        Assert.That(formula, Does.Contain("'=Michelin"), "a cell that would run as a formula is made text");
    }

    [Test]
    public async Task Workbook_IsStreamed_AndEveryExportIsRecordedAndPublished_AsCompanies()
    {
        await CreateAsync(new { name = "Danone", size = "Enterprise" });
        await CreateAsync(new { name = "Michelin", size = "Enterprise" });
        await CreateAsync(new { name = "Atelier Martin", size = "Micro" });

        var workbook = await Client.GetByteArrayAsync("/api/v1/companies/export?format=xlsx&filter=size:eq:enterprise");
        Assert.That(workbook.Take(2), Is.EqualTo("PK"u8.ToArray()));
        await (await Client.GetAsync("/api/v1/companies/export?format=vcard")).AssertProblem(HttpStatusCode.BadRequest, "export.format_unknown");
        await (await Client.GetAsync("/api/v1/companies/export?filter=size:eq:huge")).AssertProblem(HttpStatusCode.BadRequest, "filter.invalid");
        await (await Client.GetAsync("/api/v1/companies/export?filter=lastName:eq:x")).AssertProblem(HttpStatusCode.BadRequest, "filter.field_unknown");

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var exports = await db.Exports.AsNoTracking().ToListAsync();
        Assert.That(exports.Select(e => (e.Records, e.Format, e.Query, e.RecordCount)), Is.EqualTo(new[] { (RecordKind.Company, "Xlsx", (string?)"filter=size:eq:enterprise", 2) }));
        var published = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(nameof(CompaniesExportedIntegrationEvent))).Select(m => m.Payload).ToListAsync();
        var exported = published.Select(p => JsonSerializer.Deserialize<CompaniesExportedIntegrationEvent>(p, JsonSerializerOptions.Web)!).ToList();
        Assert.That(exported.Select(e => (e.ExportId, e.Format, e.Query, e.CompanyCount)), Is.EqualTo(new[] { (exports[0].Id.Value, "Xlsx", (string?)"filter=size:eq:enterprise", 2) }));
        Assert.That(await db.OutboxMessages.CountAsync(m => m.Type.Contains(nameof(ContactsExportedIntegrationEvent))), Is.Zero);
    }

    [Test]
    public async Task Export_LeavesOutCompaniesOutOfSight_AndNeedsThePermission()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        await CreateAsync(new { name = "Danone" });
        await Users.Create(App, "manager@example.com", "SalesManager");
        using var manager = await Users.SignedInClient(App, "manager@example.com");
        await (await manager.PostAsJsonAsync("/api/v1/companies", new { name = "Michelin" })).ReadOk<CompanyDto>(HttpStatusCode.Created);

        var text = await manager.GetStringAsync("/api/v1/companies/export?format=csv");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Michelin"));
            Assert.That(text, Does.Not.Contain("Danone"));
        });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        Assert.That((await rep.GetAsync("/api/v1/companies/export")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<CompanyDto> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/companies", body)).ReadOk<CompanyDto>(HttpStatusCode.Created);
}
