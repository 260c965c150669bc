using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.IntegrationTests.Contacts.Imports;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Exports;

/// <summary>Exporting contacts: what the caller sees, in three formats, recorded for the audit trail; a CSV export imports back.</summary>
internal sealed class ExportApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Csv_HoldsTheContactsInSight_AsExcelOpensIt_AndImportsBack()
    {
        await CreateAsync("Hélène", "Dupré", "helene@exemple.fr", "=1+1");
        await CreateAsync("Paul", "Durand", "paul@exemple.fr", null);

        var response = await Client.GetAsync("/api/v1/contacts/export?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".csv"));
            Assert.That(text, Does.StartWith("\uFEFFPrénom;Nom;E-mail;E-mail 2;Téléphone;Téléphone 2;Fonction;Société;"), "in the reader's language");
            Assert.That(text, Does.Contain("Hélène;Dupré;helene@exemple.fr;"));
            Assert.That(text, Does.Contain("'=1+1"), "a cell that would run as a formula is made text");
            Assert.That(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
        });

        // The file maps itself when imported again.
        var import = await (await ImportClient.UploadAsync(Client, bytes, "export.csv")).ReadOk<ImportDto>(HttpStatusCode.Created);
        Assert.That(import.Columns.Select(c => c.Field), Is.SupersetOf(new[] { "FirstName", "LastName", "Email", "SecondEmail", "Phone", "Mobile", "Company", "Tags" }));
        var done = await ImportClient.RunAsync(Client, import.Id, ImportClient.Settings(import.Columns.Select(c => (c.Column, c.Field)), "Skip", "Email"));
        Assert.That(done.Counts, Is.EqualTo(new ImportCountsDto(2, 0, 0, 2, 0)), "both are the same people");
    }

    [Test]
    public async Task Export_OfASearch_OrAsVCardsOrAWorkbook_HoldsWhatWasAskedFor_AndIsRecorded()
    {
        await CreateAsync("Hélène", "Dupré", "helene@exemple.fr", null);
        await CreateAsync("Paul", "Durand", "paul@exemple.fr", null);

        var vcards = await Client.GetStringAsync("/api/v1/contacts/export?format=vcard&q=paul");
        var workbook = await Client.GetByteArrayAsync("/api/v1/contacts/export?format=xlsx");

        Assert.Multiple(() =>
        {
            Assert.That(vcards, Does.StartWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
            Assert.That(vcards, Does.Contain("N:Durand;Paul;;;\r\n"));
            Assert.That(vcards, Does.Not.Contain("Dupré"));
            Assert.That(workbook.Take(2), Is.EqualTo("PK"u8.ToArray()));
        });
        await using var scope = App.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<ContactsDbContext>().Exports.OrderBy(e => e.Format).ToListAsync();
        Assert.That(exports.Select(e => (e.Format, e.Query, e.RecordCount)), Is.EqualTo(new[] { ("VCard", (string?)"q=paul", 1), ("Xlsx", null, 2) }));
        await (await Client.GetAsync("/api/v1/contacts/export?format=pdf")).AssertProblem(HttpStatusCode.BadRequest, "export.format_unknown");
    }

    [Test]
    public async Task Export_LeavesOutContactsOutOfSight_AndNeedsThePermission()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await CreateAsync("Ada", "Lovelace", "ada@example.com", null);
        await Users.Create(App, "manager@example.com", "SalesManager");
        using var manager = await Users.SignedInClient(App, "manager@example.com");
        await (await manager.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Grace", "Hopper", "grace@example.com"))).ReadOk<ContactDto>(HttpStatusCode.Created);

        var text = await manager.GetStringAsync("/api/v1/contacts/export?format=csv");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Hopper"));
            Assert.That(text, Does.Not.Contain("Lovelace"));
        });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        Assert.That((await rep.GetAsync("/api/v1/contacts/export")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task CreateAsync(string firstName, string lastName, string email, string? jobTitle) =>
        await (await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            firstName,
            lastName,
            jobTitle,
            emails = new[] { new { address = email } },
            phones = new[] { new { number = "06 12 34 56 78" } },
            tags = new[] { "vip" },
            ignoreDuplicates = true,
        })).ReadOk<ContactDto>(HttpStatusCode.Created);
}
