using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Contacts.Imports;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts.CustomFields;

/// <summary>Fields administrators add to contacts and companies: definitions, values checked against them, renames and retirements that lose nothing.</summary>
internal sealed class CustomFieldsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task DefineField_WithoutAKey_TakesOneFromTheLabel_AndListsInPositionOrder()
    {
        var segment = await Client.DefineAsync(new { entity = "Contact", label = "Segment de marché", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        var budget = await Client.DefineAsync(new { entity = "Contact", label = "Budget annuel", type = "Money" });
        await Client.DefineAsync(new { entity = "Company", label = "Effectif", type = "Number" });

        var fields = await Client.FieldsAsync("Contact");
        Assert.Multiple(() =>
        {
            Assert.That(segment.Key, Is.EqualTo("segment_de_marche"));
            Assert.That(segment.Options.Select(o => o.Key), Is.EqualTo(new[] { "pme", "grand_compte" }));
            Assert.That(budget.Currency, Is.EqualTo("EUR"));
            Assert.That(fields.Select(f => f.Key), Is.EqualTo(new[] { "segment_de_marche", "budget_annuel" }));
        });
    }

    [Test]
    public async Task DefineField_WithATakenKey_Is409_AndWithAnUnsupportedUniqueFlag_Is400()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text" });
        var taken = await Client.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Contact", key = "code", label = "Other", type = "Text" });
        await taken.AssertProblem(HttpStatusCode.Conflict, "custom_field.key_taken");

        var uniqueBool = await Client.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Contact", label = "VIP", type = "Bool", isUnique = true });
        await uniqueBool.AssertProblem(HttpStatusCode.BadRequest, "custom_field.unique_not_supported");

        var noOptions = await Client.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Contact", label = "Taille", type = "SingleSelect" });
        await noOptions.AssertProblem(HttpStatusCode.BadRequest, "custom_field.options_required");
    }

    [Test]
    public async Task CreateContact_WithValuesAsPeopleTypeThem_StoresThemChecked_AndAChangeKeepsTheOthers()
    {
        await DefineContactFieldsAsync();
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            firstName = "Ada",
            lastName = "Lovelace",
            customFields = new Dictionary<string, object>
            {
                ["segment"] = "Grand compte",
                ["budget"] = 1250.5m,
                ["renewal"] = "31/12/2026",
                ["interests"] = new[] { "cloud", "Data" },
                ["mobile"] = "06 12 34 56 78",
                ["newsletter"] = true,
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var values = created.GetProperty("customFields");
        Assert.Multiple(() =>
        {
            Assert.That(values.GetProperty("segment").GetString(), Is.EqualTo("grand_compte"));
            Assert.That(values.GetProperty("budget").GetDecimal(), Is.EqualTo(1250.5m));
            Assert.That(values.GetProperty("renewal").GetString(), Is.EqualTo("2026-12-31"));
            Assert.That(values.GetProperty("interests").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "data", "cloud" }));
            Assert.That(values.GetProperty("mobile").GetString(), Is.EqualTo("+33612345678"));
            Assert.That(values.GetProperty("newsletter").GetBoolean(), Is.True);
        });

        var url = $"/api/v1/contacts/{created.GetProperty("id").GetGuid()}";
        var changed = await (await Client.PutAnyVersionAsync(url, new
        {
            firstName = "Ada",
            lastName = "Lovelace",
            customFields = new Dictionary<string, object?> { ["budget"] = 2000, ["newsletter"] = null },
        })).ReadJsonAsync();
        var after = changed.GetProperty("customFields");
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("budget").GetDecimal(), Is.EqualTo(2000m));
            Assert.That(after.TryGetProperty("newsletter", out _), Is.False, "null clears a value");
            Assert.That(after.GetProperty("segment").GetString(), Is.EqualTo("grand_compte"), "keys left out keep their value");
        });
    }

    [TestCase("budget", "\"a lot\"", "custom_field.value_invalid")]
    [TestCase("budget", "12.345", "custom_field.value_invalid")]
    [TestCase("budget", "1e30", "custom_field.value_invalid")]
    [TestCase("renewal", "\"30/02/2026\"", "custom_field.value_invalid")]
    [TestCase("segment", "\"Startup\"", "custom_field.option_unknown")]
    [TestCase("interests", "42", "custom_field.value_invalid")]
    [TestCase("mobile", "\"12\"", "custom_field.value_invalid")]
    [TestCase("nothing", "1", "custom_field.unknown")]
    public async Task CreateContact_WithAWrongValue_Is400BesideThatField_AndStoresNothing(string key, string json, string code)
    {
        await DefineContactFieldsAsync();
        var body = $$"""{ "firstName": "Ada", "lastName": "Lovelace", "customFields": { "{{key}}": {{json}} } }""";
        var response = await Client.PostAsync("/api/v1/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, code);
        Assert.That(problem.FieldError(key), Is.Not.Empty);
        var count = await Client.GetFromJsonAsync<ContactCountDto>("/api/v1/contacts/count");
        Assert.That(count!.Count, Is.Zero);
    }

    [Test]
    public async Task RequiredField_IsAskedFor_UntilItIsRetired()
    {
        var field = await Client.DefineAsync(new { entity = "Contact", key = "siret_client", label = "Référence client", type = "Text", isRequired = true });
        var missing = await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact());
        var problem = await missing.AssertProblem(HttpStatusCode.BadRequest, "custom_field.required");
        Assert.That(problem.FieldError("siret_client"), Does.Contain("Référence client"));

        var retired = await Client.ChangeFieldAsync(field, new { label = field.Label, isRequired = true, isUnique = false, isRetired = true });
        Assert.That(retired.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retired.Content.ReadAsStringAsync());
        var created = await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task UniqueField_RefusesAValueAnotherContactHolds_EvenOneTheCallerCannotSee()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "customer_number", label = "N° client", type = "Text", isUnique = true });
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var first = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { customer_number = "C-001" } });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var second = await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lamarr", customFields = new { customer_number = "C-001" } });
        var problem = await second.AssertProblem(HttpStatusCode.Conflict, "custom_field.value_taken");
        Assert.That(problem.FieldError("customer_number"), Is.Not.Empty);

        var id = (await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts"))!.Items.Single().Id;
        var own = await Client.PutAnyVersionAsync($"/api/v1/contacts/{id}", new { lastName = "Hopper", customFields = new { customer_number = "C-001" } });
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a contact keeps its own value");
    }

    [Test]
    public async Task UniqueField_GivenTheSameValueByRequestsAtTheSameInstant_IsTakenByOneOnly()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "customer_number", label = "N° client", type = "Text", isUnique = true });
        await Client.DefineAsync(new { entity = "Company", key = "account", label = "Compte", type = "Text", isUnique = true });

        foreach (var round in Enumerable.Range(1, 3))
        {
            var contacts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
                Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = $"Hopper {round} {i}", customFields = new { customer_number = $"C-{round}" } })));
            var companies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
                Client.PostAsJsonAsync("/api/v1/companies", new { name = $"Danone {round} {i}", customFields = new { account = $"A-{round}" } })));

            Assert.That(contacts.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created }.Concat(Enumerable.Repeat(HttpStatusCode.Conflict, 5))), $"contacts, round {round}");
            Assert.That(companies.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created }.Concat(Enumerable.Repeat(HttpStatusCode.Conflict, 5))), $"companies, round {round}");
        }
    }

    [Test]
    public async Task MakingAFieldUnique_WhileRecordsShareAValue_Is409()
    {
        var field = await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text" });
        await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { code = "X" } });
        await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lamarr", customFields = new { code = "X" } });

        var response = await Client.ChangeFieldAsync(field, new { label = "Code", isRequired = false, isUnique = true, isRetired = false });
        await response.AssertProblem(HttpStatusCode.Conflict, "custom_field.values_not_unique");
        Assert.That((await Client.FieldsAsync("Contact")).Single().IsUnique, Is.False);
    }

    [Test]
    public async Task RenamingAFieldAndDroppingAnOption_KeepsEveryStoredValue_ButTheDroppedOptionIsNotTakenAnew()
    {
        var field = await Client.DefineAsync(new { entity = "Contact", key = "segment", label = "Segment", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "ETI" } } });
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { segment = "eti" } })).ReadJsonAsync(HttpStatusCode.Created);

        var renamed = await (await Client.ChangeFieldAsync(field, new
        {
            label = "Segment client",
            isRequired = false,
            isUnique = false,
            options = new[] { new { key = "pme", label = "Petite et moyenne entreprise" } },
            isRetired = false,
        })).ReadJsonAsync();
        Assert.That(renamed.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("key").GetString(), o.GetProperty("isRetired").GetBoolean())), Is.EqualTo(new[] { ("pme", false), ("eti", true) }));

        var url = $"/api/v1/contacts/{contact.GetProperty("id").GetGuid()}";
        var read = await (await Client.GetAsync(url)).ReadJsonAsync();
        Assert.That(read.GetProperty("customFields").GetProperty("segment").GetString(), Is.EqualTo("eti"));

        var other = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lamarr", customFields = new { segment = "eti" } });
        await other.AssertProblem(HttpStatusCode.BadRequest, "custom_field.option_retired");
        var keep = await Client.PutAnyVersionAsync(url, new { lastName = "Hopper", customFields = new { segment = "eti" } });
        Assert.That(keep.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a record keeps the retired option it holds");
    }

    [Test]
    public async Task ChangingAField_NeedsIfMatch_AndAdministratorsOnly()
    {
        var field = await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text" });
        var stale = await Client.ChangeFieldAsync(field with { Version = field.Version + 5 }, new { label = "Other", isRequired = false, isUnique = false, isRetired = false });
        await stale.AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");

        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var denied = await rep.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Contact", label = "Mine", type = "Text" });
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.FieldsAsync("Contact")).Select(f => f.Key), Is.EqualTo(new[] { "code" }), "everyone who reads contacts reads the fields");
    }

    [Test]
    public async Task Company_HoldsItsOwnFields()
    {
        await Client.DefineAsync(new { entity = "Company", key = "employees", label = "Effectif", type = "Number" });
        var company = await (await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone", customFields = new { employees = "100 000" } })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.That(company.GetProperty("customFields").GetProperty("employees").GetDecimal(), Is.EqualTo(100_000m));

        var contactWithCompanyField = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Riboud", customFields = new { employees = 3 } });
        await contactWithCompanyField.AssertProblem(HttpStatusCode.BadRequest, "custom_field.unknown");
    }

    [Test]
    public async Task Merge_CompletesTheKeptContactsValuesWithTheOthers_AndUndoGivesThemBack()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text", isUnique = true });
        await Client.DefineAsync(new { entity = "Contact", key = "budget", label = "Budget", type = "Number" });
        var kept = await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { budget = 10 } })).ReadJsonAsync(HttpStatusCode.Created);
        var other = await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", ignoreDuplicates = true, customFields = new { budget = 20, code = "H-1" } })).ReadJsonAsync(HttpStatusCode.Created);
        var keptId = kept.GetProperty("id").GetGuid();

        var merged = await (await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contacts/{keptId}/merge")
        {
            Content = JsonContent.Create(new { sourceIds = new[] { other.GetProperty("id").GetGuid() } }),
            Headers = { { "If-Match", "\"1\"" } },
        })).ReadJsonAsync();
        var values = merged.GetProperty("contact").GetProperty("customFields");
        Assert.That((values.GetProperty("budget").GetDecimal(), values.GetProperty("code").GetString()), Is.EqualTo((10m, "H-1")), "the kept contact's value wins; the others fill the gaps");

        var undo = await Client.PostAsync($"/api/v1/contacts/merges/{merged.GetProperty("merge").GetProperty("id").GetGuid()}/undo", null);
        Assert.That(undo.StatusCode, Is.EqualTo(HttpStatusCode.OK), await undo.Content.ReadAsStringAsync());
        var restored = await (await Client.GetAsync($"/api/v1/contacts/{keptId}")).ReadJsonAsync();
        Assert.That(restored.GetProperty("customFields").TryGetProperty("code", out _), Is.False);
    }

    [Test]
    public async Task Export_HasAColumnPerFieldInUse_WithValuesAsAnImportReadsThem()
    {
        await DefineContactFieldsAsync();
        await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName = "Lovelace",
            customFields = new Dictionary<string, object> { ["segment"] = "grand_compte", ["budget"] = 1250.5m, ["interests"] = new[] { "data", "cloud" }, ["newsletter"] = true },
        });

        var csv = await Client.GetStringAsync("/api/v1/contacts/export?format=csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(';');
        var row = lines[1].Split(';');
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Multiple(() =>
        {
            Assert.That(header[^6..], Is.EqualTo(new[] { "Segment", "Budget", "Renouvellement", "Intérêts", "Mobile perso", "Newsletter" }));
            Assert.That((Cell("Segment"), Cell("Budget"), Cell("Intérêts"), Cell("Newsletter"), Cell("Renouvellement")), Is.EqualTo(("Grand compte", "1250.5", "Data, Cloud", "true", string.Empty)));
        });
    }

    [Test]
    public async Task Import_MapsColumnsNamedLikeCustomFields_AndFillsThem_RowsWithAWrongValueFailOnThatColumn()
    {
        await DefineContactFieldsAsync();
        var csv = "Prénom;Nom;E-mail;Segment;Budget;Renouvellement\r\nAda;Lovelace;ada@example.com;Grand compte;1 250,50;31/12/2026\r\nGrace;Hopper;grace@example.com;Startup;10;\r\n";
        var upload = await ImportClient.UploadOkAsync(Client, csv, System.Text.Encoding.UTF8);
        Assert.That(upload.Columns.Where(c => c.Field == "CustomField").Select(c => (c.Column, c.CustomField)), Is.EqualTo(new[] { (3, "segment"), (4, "budget"), (5, "renewal") }));

        var settings = new { columns = upload.Columns.Select(c => new { column = c.Column, field = c.Field, customField = c.CustomField }), policy = "Skip", matchKey = "Email" };
        var done = await ImportClient.RunAsync(Client, upload.Id, settings);
        Assert.That((done.Status, done.Counts.Created, done.Counts.Failed), Is.EqualTo(("Completed", 1, 1)));

        var errors = await Client.GetStringAsync($"{ImportClient.Url}/{upload.Id}/errors");
        Assert.That(errors, Does.Contain("Segment").And.Contain("Startup"));
        var page = await (await Client.GetAsync("/api/v1/contacts?filter=cf.budget:gt:1000")).ReadJsonAsync();
        var values = page.GetProperty("items")[0].GetProperty("customFields");
        Assert.That((values.GetProperty("segment").GetString(), values.GetProperty("budget").GetDecimal(), values.GetProperty("renewal").GetString()), Is.EqualTo(("grand_compte", 1250.50m, "2026-12-31")));
    }

    [Test]
    public async Task Import_IntoAnUnknownCustomField_IsRefusedBeforeItStarts()
    {
        var upload = await ImportClient.UploadOkAsync(Client, "Nom;Code\r\nLovelace;12\r\n", System.Text.Encoding.UTF8);
        var unknown = await Client.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/start", new { columns = new object[] { new { column = 0, field = "LastName" }, new { column = 1, field = "CustomField", customField = "nothing" } }, policy = "CreateAnyway", matchKey = "Email" });
        await unknown.AssertProblem(HttpStatusCode.BadRequest, "import.custom_field_unknown");
    }

    [Test]
    public async Task Import_FillingAUniqueNumberField_ComparesNumbersNotHowTheyAreWritten()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "member", label = "Adhérent", type = "Number", isUnique = true });
        await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { member = 12 } })).ReadJsonAsync(HttpStatusCode.Created);
        var csv = "Nom;E-mail;Adhérent\r\nLovelace;ada@example.com;12,0\r\nTuring;alan@example.com;13\r\nHamilton;margaret@example.com;13,00\r\n";
        var upload = await ImportClient.UploadOkAsync(Client, csv, System.Text.Encoding.UTF8);
        var columns = new object[] { new { column = 0, field = "LastName" }, new { column = 1, field = "Email" }, new { column = 2, field = "CustomField", customField = "member" } };

        var done = await ImportClient.RunAsync(Client, upload.Id, new { columns, policy = "CreateAnyway", matchKey = "Email" });

        Assert.That((done.Status, done.Counts.Created, done.Counts.Failed), Is.EqualTo(("Completed", 1, 2)));
        var errors = (await Client.GetStringAsync($"{ImportClient.Url}/{upload.Id}/errors")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(errors.Single(l => l.StartsWith("2;", StringComparison.Ordinal)), Is.EqualTo("2;Adhérent;« 12 » appartient déjà à un autre contact : « Adhérent » est unique."));
            Assert.That(errors.Single(l => l.StartsWith("4;", StringComparison.Ordinal)), Is.EqualTo("4;Adhérent;« 13 » est donné à un autre contact ligne 3 : « Adhérent » est unique."));
        });
        var holders = await (await Client.GetAsync("/api/v1/contacts?filter=cf.member:eq:13")).ReadJsonAsync();
        Assert.That(holders.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("lastName").GetString()), Is.EqualTo(new[] { "Turing" }));
    }

    [Test]
    public async Task Import_FillingAUniqueField_GivesEachValueToOneContact_AndFailsTheRowsOfContactsItWouldRepeatIt()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text", isUnique = true });
        await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { code = "C-002" } })).ReadJsonAsync(HttpStatusCode.Created);
        var csv = "Prénom;Nom;E-mail;Code\r\n"
            + "Ada;Lovelace;ada@example.com;C-001\r\n"
            + "Grace;Hopper;grace@example.com;C-002\r\n"
            + "Alan;Turing;alan@example.com;C-001\r\n"
            + "Ada;Lovelace;ada@example.com;C-001\r\n"
            + "Katherine;Johnson;katherine@example.com;\r\n";
        var upload = await ImportClient.UploadOkAsync(Client, csv, System.Text.Encoding.UTF8);
        var settings = new { columns = upload.Columns.Select(c => new { column = c.Column, field = c.Field, customField = c.CustomField }), policy = "Update", matchKey = "Email" };

        var preview = await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/preview", settings)).ReadJsonAsync();
        var actions = preview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.That(actions, Is.EqualTo(new[] { "Create", "Fail", "Fail", "Update", "Create" }), "Ada's second row is the same contact as her first");

        var done = await ImportClient.RunAsync(Client, upload.Id, settings);
        Assert.That((done.Status, done.Counts.Created, done.Counts.Updated, done.Counts.Failed), Is.EqualTo(("Completed", 2, 1, 2)));
        var errors = (await Client.GetStringAsync($"{ImportClient.Url}/{upload.Id}/errors")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(errors.Single(l => l.StartsWith("3;", StringComparison.Ordinal)), Is.EqualTo("3;Code;« C-002 » appartient déjà à un autre contact : « Code » est unique."));
            Assert.That(errors.Single(l => l.StartsWith("4;", StringComparison.Ordinal)), Is.EqualTo("4;Code;« C-001 » est donné à un autre contact ligne 2 : « Code » est unique."));
        });
        var holders = await (await Client.GetAsync("/api/v1/contacts?filter=cf.code:eq:C-001")).ReadJsonAsync();
        Assert.That(holders.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("lastName").GetString()), Is.EqualTo(new[] { "Lovelace" }));
    }

    [Test]
    public async Task Import_MatchedByAUniqueCustomField_UpdatesTheContactHoldingIt_CreatesTheOthers_AndRefusesAValueSomeoneElseHolds()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "customer_number", label = "N° client", type = "Text", isUnique = true });
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadJsonAsync();
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var mine = await (await rep.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lovelace", customFields = new { customer_number = "C-001" } })).ReadJsonAsync(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Hopper", customFields = new { customer_number = "C-002" } })).ReadJsonAsync(HttpStatusCode.Created);
        var csv = "Prénom;Nom;Poste;N° client\r\nAda;Lovelace;Countess;C-001\r\nGrace;Hopper;Admiral;C-002\r\nMargaret;Hamilton;Engineer;C-003\r\nMargaret;Hamilton;Director;C-003\r\n";
        var upload = await ImportClient.UploadOkAsync(rep, csv, System.Text.Encoding.UTF8);
        Assert.That(upload.Columns.Select(c => (c.Field, c.CustomField)), Is.EqualTo(new[] { ("FirstName", (string?)null), ("LastName", null), ("JobTitle", null), ("CustomField", "customer_number") }));
        var columns = upload.Columns.Select(c => new { column = c.Column, field = c.Field, customField = c.CustomField });

        var preview = await (await rep.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/preview", new { columns, policy = "Update", matchKey = "CustomField", matchCustomField = "customer_number" })).ReadJsonAsync();
        var actions = preview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.That(actions, Is.EqualTo(new[] { "Update", "Fail", "Create", "Update" }), "Hopper's number is held by a contact the rep cannot see; the second Hamilton row is the first one's");

        var done = await ImportClient.RunAsync(rep, upload.Id, new { columns, policy = "Update", matchKey = "CustomField", matchCustomField = "customer_number" });
        Assert.That((done.Status, done.Counts.Created, done.Counts.Updated, done.Counts.Failed), Is.EqualTo(("Completed", 1, 2, 1)));
        var updated = await (await rep.GetAsync($"/api/v1/contacts/{mine.GetProperty("id").GetGuid()}")).ReadJsonAsync();
        Assert.That(updated.GetProperty("jobTitle").GetString(), Is.EqualTo("Countess"));
        var hamilton = await (await rep.GetAsync("/api/v1/contacts?filter=cf.customer_number:eq:C-003")).ReadJsonAsync();
        Assert.That(hamilton.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("jobTitle").GetString()), Is.EqualTo(new[] { "Director" }));
        var errors = await rep.GetStringAsync($"{ImportClient.Url}/{upload.Id}/errors");
        Assert.That(errors, Does.Contain("N° client").And.Contain("C-002"));

        var all = await (await Client.GetAsync("/api/v1/contacts?filter=cf.customer_number:eq:C-002")).ReadJsonAsync();
        Assert.That(all.GetProperty("items").GetArrayLength(), Is.EqualTo(1), "the unique value stays unique");
    }

    [Test]
    public async Task Import_MatchedByACustomField_NeedsAUniqueTextFieldMappedByAColumn()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "code", label = "Code", type = "Text", isUnique = true });
        await Client.DefineAsync(new { entity = "Contact", key = "region", label = "Région", type = "Text" });
        var upload = await ImportClient.UploadOkAsync(Client, "Nom;Code;Région\r\nLovelace;A1;Nord\r\n", System.Text.Encoding.UTF8);
        object[] columns = [new { column = 0, field = "LastName" }, new { column = 1, field = "CustomField", customField = "code" }, new { column = 2, field = "CustomField", customField = "region" }];

        await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/preview", new { columns, policy = "Skip", matchKey = "CustomField" }))
            .AssertProblem(HttpStatusCode.BadRequest, "import.match_key_unmapped");
        await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/preview", new { columns, policy = "CreateAnyway", matchKey = "CustomField", matchCustomField = "code" }))
            .AssertProblem(HttpStatusCode.BadRequest, "import.match_field_create_anyway");
        object[] notUnique = [new { column = 0, field = "LastName" }, new { column = 2, field = "CustomField", customField = "region" }];
        await (await Client.PostAsJsonAsync($"{ImportClient.Url}/{upload.Id}/preview", new { columns = notUnique, policy = "Skip", matchKey = "CustomField", matchCustomField = "region" }))
            .AssertProblem(HttpStatusCode.BadRequest, "import.match_field_invalid");
    }

    private async Task DefineContactFieldsAsync()
    {
        await Client.DefineAsync(new { entity = "Contact", key = "segment", label = "Segment", type = "SingleSelect", options = new[] { new { label = "PME" }, new { label = "Grand compte" } } });
        await Client.DefineAsync(new { entity = "Contact", key = "budget", label = "Budget", type = "Money" });
        await Client.DefineAsync(new { entity = "Contact", key = "renewal", label = "Renouvellement", type = "Date" });
        await Client.DefineAsync(new { entity = "Contact", key = "interests", label = "Intérêts", type = "MultiSelect", options = new[] { new { label = "Data" }, new { label = "Cloud" } } });
        await Client.DefineAsync(new { entity = "Contact", key = "mobile", label = "Mobile perso", type = "Phone" });
        await Client.DefineAsync(new { entity = "Contact", key = "newsletter", label = "Newsletter", type = "Bool" });
    }
}
