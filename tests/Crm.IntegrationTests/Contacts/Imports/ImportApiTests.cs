using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Imports;

/// <summary>Importing contacts from a file: upload and detection, mapping, dry run, the background run, its error report and its revert.</summary>
internal sealed class ImportApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    // A French Excel export: semicolons, Windows-1252, a decimal comma, a messy phone and a wrong email.
    private const string FrenchCsv =
        "Prénom;Nom;E-mail;Téléphone;Société;Ville;Pays;Étiquettes;Montant\r\n"
        + "Hélène;Dupré;helene@exemple.fr;06 12 34 56 78;Société Générale;Paris;France;vip, salon;1,5\r\n"
        + "François;Lefèvre;pas-un-email;+33 1 40 00 00 00;Société Générale;Lyon;France;;2\r\n"
        + "Zoé;Martin;zoe@exemple.fr;0033 7 81 22 33 44;Œuvre & Cie;Nice;Belgique;prospect;3\r\n";

    [Test]
    public async Task Upload_OfAFrenchExcelCsv_ReadsItsEncodingAndDelimiter_AndSuggestsTheMapping()
    {
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252, "export.csv");

        Assert.Multiple(() =>
        {
            Assert.That(import.Status, Is.EqualTo("Uploaded"));
            Assert.That(import.Format, Is.EqualTo("Csv"));
            Assert.That(import.Encoding, Is.EqualTo("windows-1252"));
            Assert.That(import.Delimiter, Is.EqualTo(";"));
            Assert.That(import.Headers, Is.EqualTo(new[] { "Prénom", "Nom", "E-mail", "Téléphone", "Société", "Ville", "Pays", "Étiquettes", "Montant" }));
            Assert.That(import.Columns.Select(c => (c.Column, c.Field)), Is.EqualTo(new[]
            {
                (0, "FirstName"), (1, "LastName"), (2, "Email"), (3, "Phone"), (4, "Company"), (5, "City"), (6, "Country"), (7, "Tags"),
            }));
            Assert.That(import.Sample, Has.Count.EqualTo(3));
            Assert.That(import.Sample[2][4], Is.EqualTo("Œuvre & Cie"));
        });
    }

    [Test]
    public async Task Upload_OfAFileThatIsNoContactList_IsRefused_AndNothingIsKept()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

        await (await ImportClient.UploadAsync(Client, png, "contacts.csv")).AssertProblem(HttpStatusCode.BadRequest, "import.unreadable_file");
        await (await ImportClient.UploadAsync(Client, [], "empty.csv")).AssertProblem(HttpStatusCode.BadRequest, "import.empty_file");
        var imports = await Client.GetFromJsonAsync<List<ImportDto>>(ImportClient.Url);
        Assert.That(imports, Is.Empty);
    }

    [Test]
    public async Task Preview_TellsWhatEachRowWouldDo_AndWhyABadRowFails_WithoutSavingAnything()
    {
        await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Zoé", "Martin", "ZOE@exemple.fr"))).ReadOk<ContactDto>(HttpStatusCode.Created);
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);

        var preview = await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{import.Id}/preview", SuggestedSettings(import)))
            .ReadOk<ImportPreviewDto>();

        Assert.Multiple(() =>
        {
            Assert.That(preview.Rows.Select(r => (r.Line, r.Action)), Is.EqualTo(new[] { (2, "Create"), (3, "Fail"), (4, "Skip") }));
            Assert.That(preview.Rows[0].Phone, Is.EqualTo("+33 6 12 34 56 78"));
            Assert.That(preview.Rows[1].Problems.Single().Column, Is.EqualTo("E-mail"));
            Assert.That(preview.Rows[1].Problems.Single().Reason, Is.EqualTo("« pas-un-email » n’est pas une adresse e-mail valide."), "in the administrator's language, French");
            Assert.That(preview.Rows[1].Cells[0], Is.EqualTo("François"), "a failing row is shown as the file has it");
            Assert.That(preview.Rows[2].MatchedContactId, Is.Not.Null);
            Assert.That((preview.Create, preview.Update, preview.Skip, preview.Fail), Is.EqualTo((1, 0, 1, 1)));
        });
        var contacts = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.That(contacts!.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Run_CreatesTheGoodRows_ReportsTheBadOnes_AndLinksOrCreatesTheirCompanies()
    {
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);

        var done = await ImportClient.RunAsync(Client, import.Id, SuggestedSettings(import));

        Assert.That(done.Status, Is.EqualTo("Completed"), done.Failure);
        Assert.That(done.Counts, Is.EqualTo(new ImportCountsDto(3, 2, 0, 0, 1)));
        var contacts = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts"))!.Items.OrderBy(c => c.LastName).ToList();
        var helene = await Client.GetFromJsonAsync<ContactWithCompaniesDto>($"/api/v1/contacts/{contacts[0].Id}");
        Assert.Multiple(() =>
        {
            Assert.That(contacts.Select(c => c.LastName), Is.EqualTo(new[] { "Dupré", "Martin" }));
            Assert.That(contacts[0].Phones.Single().Number, Is.EqualTo("+33612345678"));
            Assert.That(contacts[0].Tags, Is.EqualTo(new[] { "vip", "salon" }));
            Assert.That(contacts[0].Address.CountryCode, Is.EqualTo("FR"));
            Assert.That(contacts[1].Address.CountryCode, Is.EqualTo("BE"));
            Assert.That(helene!.Companies.Single().CompanyName, Is.EqualTo("Société Générale"));
            Assert.That(helene.ImportId, Is.EqualTo(import.Id));
        });
        await DrainOutboxesAsync();
        foreach (var contact in contacts)
        {
            var timeline = await Eventually.Get(
                () => Client.GetFromJsonAsync<TimelinePage>($"/api/v1/contacts/{contact.Id}/timeline")!, t => t!.Items.Count > 0, "the import's entry");
            Assert.That(timeline!.Items.Select(i => i.Kind), Is.EqualTo(new[] { "imported" }), contact.LastName);
        }

        var report = await Client.GetAsync($"{ImportClient.Url}/{import.Id}/errors");
        var text = Encoding.UTF8.GetString(await report.Content.ReadAsByteArrayAsync());
        Assert.Multiple(() =>
        {
            Assert.That(report.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(text, Does.StartWith("\uFEFFLigne;Colonne;Motif"));
            Assert.That(text, Does.Contain("3;E-mail;« pas-un-email » n’est pas une adresse e-mail valide."));
        });
    }

    [Test]
    public async Task Run_WithTheUpdatePolicy_AddsToTheMatchedContact_AndMergesRowsOfTheSamePerson()
    {
        var existing = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Hélène", "Dupré", "helene@exemple.fr")))
            .ReadOk<ContactDto>(HttpStatusCode.Created);
        const string csv = "email,first name,last name,phone,tags\n"
            + "HELENE@exemple.fr,,,06 12 34 56 78,vip\n"
            + "paul@exemple.fr,Paul,Durand,,a\n"
            + "paul@exemple.fr,,,07 81 23 45 67,b\n";
        var import = await ImportClient.UploadOkAsync(Client, csv, Encoding.UTF8);

        var done = await ImportClient.RunAsync(Client, import.Id, SuggestedSettings(import, "Update"));

        Assert.That(done.Counts, Is.EqualTo(new ImportCountsDto(3, 1, 2, 0, 0)), done.Failure);
        var helene = await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{existing.Id}");
        var paul = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts?q=paul"))!.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(helene!.FirstName, Is.EqualTo("Hélène"), "blank cells leave the contact's values");
            Assert.That(helene.Phones.Single().Number, Is.EqualTo("+33612345678"));
            Assert.That(helene.Tags, Is.EqualTo(new[] { "vip" }));
            Assert.That(helene.Version, Is.EqualTo(2));
            Assert.That(paul.Phones.Single().Number, Is.EqualTo("+33781234567"));
            Assert.That(paul.Tags, Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public async Task Run_AddsACommentColumnAsANote_ByTheImporter_OnceEvenWhenTheFileComesAgain()
    {
        var existing = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Hélène", "Dupré", "helene@exemple.fr")))
            .ReadOk<ContactDto>(HttpStatusCode.Created);
        const string csv = "Prénom;Nom;E-mail;Commentaire\r\n"
            + "Hélène;Dupré;helene@exemple.fr;Client fidèle\r\n"
            + "Paul;Durand;paul@exemple.fr;\"Rappeler après 14h\r\nRemise 10 %\"\r\n"
            + "Paul;Durand;paul@exemple.fr;Voir le devis\r\n"
            + "Zoé;Martin;zoe@exemple.fr;\r\n";
        var first = await ImportClient.UploadOkAsync(Client, csv, ImportClient.Windows1252);
        Assert.That(first.Columns.Select(c => c.Field), Is.EqualTo(new[] { "FirstName", "LastName", "Email", "Note" }), "Commentaire is a note");

        var done = await ImportClient.RunAsync(Client, first.Id, SuggestedSettings(first, "Update"));
        var again = await ImportClient.UploadOkAsync(Client, csv, ImportClient.Windows1252);
        await ImportClient.RunAsync(Client, again.Id, SuggestedSettings(again, "Update"));

        var paul = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts?q=paul"))!.Items.Single();
        var zoe = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts?q=zoe"))!.Items.Single();
        async Task<List<NoteDto>> NotesOf(Guid id) => (await Client.GetFromJsonAsync<NotePage>($"/api/v1/contacts/{id}/notes"))!.Items;
        var heleneNotes = await NotesOf(existing.Id);
        var paulNotes = await NotesOf(paul.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(done.Counts, Is.EqualTo(new ImportCountsDto(4, 2, 2, 0, 0)), done.Failure);
            Assert.That(heleneNotes.Select(n => n.Body), Is.EqualTo(new[] { "Client fidèle" }), "added to the contact the row updates, once");
            Assert.That(paulNotes.Select(n => n.Body), Is.EquivalentTo(new[] { "Rappeler après 14h\nRemise 10 %", "Voir le devis" }), "each row of one person adds its own, lines kept");
            Assert.That(paulNotes.Concat(heleneNotes).Select(n => n.IsMine), Is.All.True, "written by the importer");
            Assert.That(await NotesOf(zoe.Id), Is.Empty, "an empty cell adds none");
        });
    }

    [Test]
    public async Task Revert_DeletesTheContactsTheImportCreated_AndKeepsTheOthers()
    {
        var mine = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact("Ada", "Lovelace", "ada@example.com"))).ReadOk<ContactDto>(HttpStatusCode.Created);
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        await ImportClient.RunAsync(Client, import.Id, SuggestedSettings(import));

        await (await Client.PostAsync($"{ImportClient.Url}/{import.Id}/revert", null)).ReadOk<ImportDto>(HttpStatusCode.Accepted);
        var reverted = await Eventually.Get(() => Client.GetFromJsonAsync<ImportDto>($"{ImportClient.Url}/{import.Id}")!, i => i!.Status == "Reverted", "the revert");

        var contacts = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.Multiple(() =>
        {
            Assert.That(contacts!.Items.Select(c => c.Id), Is.EqualTo(new[] { mine.Id }));
            Assert.That(reverted!.Counts.Created, Is.EqualTo(2), "the counts say what the import did");
        });
        await (await Client.PostAsync($"{ImportClient.Url}/{import.Id}/revert", null)).AssertProblem(HttpStatusCode.Conflict, "import.not_revertible");
    }

    [Test]
    public async Task Revert_DeletesTheCompaniesTheImportCreated_UnlessSomeoneUsedThemSince()
    {
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        await ImportClient.RunAsync(Client, import.Id, SuggestedSettings(import));
        var created = (await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies"))!.Items.ToDictionary(c => c.Name, c => c.Id);
        (await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Ada", lastName = "Lovelace", companies = new[] { new { companyId = created["Œuvre & Cie"] } } })).EnsureSuccessStatusCode();

        await (await Client.PostAsync($"{ImportClient.Url}/{import.Id}/revert", null)).ReadOk<ImportDto>(HttpStatusCode.Accepted);
        await Eventually.Get(() => Client.GetFromJsonAsync<ImportDto>($"{ImportClient.Url}/{import.Id}")!, i => i!.Status == "Reverted", "the revert");

        var companies = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        Assert.That(companies!.Items.Select(c => c.Name), Is.EqualTo(new[] { "Œuvre & Cie" }), "Société Générale, which only the imported contacts named, is gone");
        await (await Client.GetAsync($"/api/v1/companies/{created["Société Générale"]}")).AssertProblem(HttpStatusCode.NotFound, "company.not_found");
    }

    [Test]
    public async Task Start_ChecksTheMapping_AndStartsOnce()
    {
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        var url = $"{ImportClient.Url}/{import.Id}/start";

        await (await Client.PostAsJsonAsync(url, ImportClient.Settings([(2, "Email")]))).AssertProblem(HttpStatusCode.BadRequest, "import.name_unmapped");
        await (await Client.PostAsJsonAsync(url, ImportClient.Settings([(1, "LastName")]))).AssertProblem(HttpStatusCode.BadRequest, "import.match_key_unmapped");
        await (await Client.PostAsJsonAsync(url, ImportClient.Settings([(1, "LastName"), (12, "Email")]))).AssertProblem(HttpStatusCode.BadRequest, "import.column_unknown");
        await (await Client.PostAsJsonAsync(url, ImportClient.Settings([(0, "LastName"), (1, "LastName")], "CreateAnyway"))).AssertProblem(HttpStatusCode.BadRequest, "import.field_mapped_twice");
        await ImportClient.RunAsync(Client, import.Id, ImportClient.Settings([(1, "LastName")], "CreateAnyway"));
        await (await Client.PostAsJsonAsync(url, SuggestedSettings(import))).AssertProblem(HttpStatusCode.Conflict, "import.already_started");
    }

    [Test]
    public async Task Upload_OfAFileWithTheSameHeaders_SuggestsTheMappingUsedLastTime()
    {
        var first = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        var chosen = ImportClient.Settings([(0, "FirstName"), (1, "LastName"), (2, "Email"), (8, "Source")], "Update", "Email");
        await ImportClient.RunAsync(Client, first.Id, chosen);

        var second = await ImportClient.UploadOkAsync(Client, FrenchCsv.Replace("Hélène", "Léa", StringComparison.Ordinal), ImportClient.Windows1252);

        Assert.Multiple(() =>
        {
            Assert.That(second.Columns.Select(c => (c.Column, c.Field)), Is.EqualTo(new[] { (0, "FirstName"), (1, "LastName"), (2, "Email"), (8, "Source") }));
            Assert.That(second.Policy, Is.EqualTo("Update"));
        });
    }

    [Test]
    public async Task Import_OfAnotherUser_IsNotFound()
    {
        var import = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        await (await rep.GetAsync($"{ImportClient.Url}/{import.Id}")).AssertProblem(HttpStatusCode.NotFound, "import.not_found");
        await (await rep.PostAsJsonAsync($"{ImportClient.Url}/{import.Id}/start", SuggestedSettings(import))).AssertProblem(HttpStatusCode.NotFound, "import.not_found");
        await (await rep.GetAsync($"{ImportClient.Url}/{import.Id}/errors")).AssertProblem(HttpStatusCode.NotFound, "import.not_found");
    }

    [Test]
    public async Task Run_OfAnXlsxAndAVCard_ImportsTheirContacts()
    {
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[]
        {
            new Dictionary<string, object> { ["Prénom"] = "Ada", ["Nom"] = "Lovelace", ["Mobile"] = 612345678L },
        });
        var xlsx = await (await ImportClient.UploadAsync(Client, workbook.ToArray(), "people.xlsx")).ReadOk<ImportDto>(HttpStatusCode.Created);
        const string vcard = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Hopper;Grace;;;\r\nFN:Grace Hopper\r\nEMAIL;TYPE=work:grace@navy.mil\r\nUID:urn:uuid:42\r\nEND:VCARD\r\n";
        var card = await ImportClient.UploadOkAsync(Client, vcard, Encoding.UTF8, "grace.vcf");

        await ImportClient.RunAsync(Client, xlsx.Id, SuggestedSettings(xlsx, "CreateAnyway"));
        await ImportClient.RunAsync(Client, card.Id, SuggestedSettings(card));

        var contacts = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts"))!.Items.OrderBy(c => c.LastName).ToList();
        var grace = await Client.GetFromJsonAsync<ContactWithCompaniesDto>($"/api/v1/contacts/{contacts[0].Id}");
        Assert.Multiple(() =>
        {
            Assert.That((xlsx.Format, card.Format), Is.EqualTo(("Xlsx", "VCard")));
            Assert.That(contacts.Select(c => c.LastName), Is.EqualTo(new[] { "Hopper", "Lovelace" }));
            Assert.That(contacts[1].Phones.Single().Number, Is.EqualTo("+33612345678"));
            Assert.That(grace!.ExternalId, Is.EqualTo("urn:uuid:42"));
        });
    }

    [Test]
    public async Task AnUploadLeftUnstartedForAWeek_GoesWithItsFile_AFresherOneStays()
    {
        var fresh = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        var abandoned = await ImportClient.UploadOkAsync(Client, FrenchCsv, ImportClient.Windows1252);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
            var eightDaysAgo = DateTimeOffset.UtcNow.AddDays(-8);
            await db.Imports.Where(i => i.Id == new ImportId(abandoned.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.CreatedAtUtc, eightDaysAgo));
            Assert.That(await scope.ServiceProvider.GetRequiredService<AbandonedUploads>().DeleteAsync(DateTimeOffset.UtcNow, CancellationToken.None), Is.EqualTo(1));
            Assert.That(await db.ImportFileChunks.CountAsync(c => c.ImportId == abandoned.Id), Is.Zero);
        }

        await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{abandoned.Id}/preview", SuggestedSettings(abandoned))).AssertProblem(HttpStatusCode.NotFound, "import.not_found");
        var preview = await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{fresh.Id}/preview", SuggestedSettings(fresh))).ReadOk<ImportPreviewDto>();
        Assert.That(preview.Rows, Has.Count.EqualTo(3));
    }

    private static object SuggestedSettings(ImportDto import, string policy = "Skip") =>
        ImportClient.Settings(import.Columns.Select(c => (c.Column, c.Field)), policy, "Email");
}
