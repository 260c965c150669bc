using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class DealCustomFieldsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ADeal_HoldsItsCustomFields_CheckedAndStoredInTheirOwnForm()
    {
        await DefineAsync(new { label = "Région", type = "SingleSelect", options = new[] { new { label = "Nord" }, new { label = "Sud" } } });
        await DefineAsync(new { label = "Budget client", type = "Money", currency = "EUR" });
        await DefineAsync(new { label = "Standard", type = "Phone" });

        var created = await CreateAsync(new { name = "Alpha", customFields = new Dictionary<string, object> { ["region"] = "Sud", ["budget_client"] = 1500.5m, ["standard"] = "01 23 45 67 89" } });
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/deals/{created.GetProperty("id").GetGuid()}")
        {
            Content = JsonContent.Create(new { name = "Alpha", customFields = new Dictionary<string, object?> { ["budget_client"] = null } }),
        };
        update.Headers.IfMatch.ParseAdd($"\"{created.GetProperty("version").GetInt32()}\"");
        var updated = await (await Client.SendAsync(update)).ReadOk<JsonElement>();

        Assert.Multiple(() =>
        {
            var fields = created.GetProperty("customFields");
            Assert.That(fields.GetProperty("region").GetString(), Is.EqualTo("sud"), "an option is stored by its key");
            Assert.That(fields.GetProperty("budget_client").GetDecimal(), Is.EqualTo(1500.5m));
            Assert.That(fields.GetProperty("standard").GetString(), Is.EqualTo("+33123456789"), "phones are kept in E.164");
            var after = updated.GetProperty("customFields");
            Assert.That(after.TryGetProperty("budget_client", out _), Is.False, "null clears a field");
            Assert.That(after.GetProperty("region").GetString(), Is.EqualTo("sud"), "fields left out are kept");
        });
    }

    [Test]
    public async Task WrongValues_AreRefused_NamingTheField()
    {
        await DefineAsync(new { label = "Région", type = "SingleSelect", options = new[] { new { label = "Nord" } } });
        await DefineAsync(new { label = "Numéro d'appel d'offres", key = "tender", type = "Text", isRequired = true });

        var unknownOption = await Client.PostAsJsonAsync("/api/v1/deals", new { name = "A", customFields = new { region = "Ouest", tender = "AO-1" } });
        var unknownField = await Client.PostAsJsonAsync("/api/v1/deals", new { name = "A", customFields = new { colour = "blue", tender = "AO-1" } });
        var missing = await Client.PostAsJsonAsync("/api/v1/deals", new { name = "A" });

        var problem = await unknownOption.AssertProblem(HttpStatusCode.BadRequest, "custom_field.option_unknown");
        Assert.That(problem.GetProperty("errors").TryGetProperty("customFields.region", out _), Is.True);
        await unknownField.AssertProblem(HttpStatusCode.BadRequest, "custom_field.unknown");
        await missing.AssertProblem(HttpStatusCode.BadRequest, "custom_field.required");
        var deals = await Client.GetFromJsonAsync<JsonElement>("/api/v1/deals");
        Assert.That(deals.GetProperty("items").GetArrayLength(), Is.Zero, "nothing was saved");
    }

    [Test]
    public async Task ConvertingALead_GivesTheDealItsRequiredFields_OrLeavesTheLeadAsItWas()
    {
        await DefineAsync(new { label = "Numéro d'appel d'offres", key = "tender", type = "Text", isRequired = true });
        var lead = (await (await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Anne", lastName = "Riboud", lifecycleStage = "Lead" }))
            .ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var refused = await Client.PostAsJsonAsync("/api/v1/deals/from-lead", new { contactId = lead });
        await refused.AssertProblem(HttpStatusCode.BadRequest, "custom_field.required");
        var untouched = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{lead}");
        var converted = await (await Client.PostAsJsonAsync("/api/v1/deals/from-lead", new { contactId = lead, customFields = new { tender = "AO-2026-14" } }))
            .ReadOk<JsonElement>(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(untouched.GetProperty("lifecycleStage").GetString(), Is.EqualTo("Lead"));
            Assert.That(converted.GetProperty("customFields").GetProperty("tender").GetString(), Is.EqualTo("AO-2026-14"));
        });
    }

    [Test]
    public async Task DealFields_AreSetUpLikeContactFields_ButNeverUnique()
    {
        var unique = await Client.PostAsJsonAsync("/api/v1/deal-custom-fields", new { label = "Référence", type = "Text", isUnique = true });
        var onContacts = await Client.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Deal", label = "Référence", type = "Text" });
        var field = await DefineAsync(new { label = "Référence", type = "Text" });
        var taken = await Client.PostAsJsonAsync("/api/v1/deal-custom-fields", new { key = "reference", label = "Autre", type = "Text" });
        var retire = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/deal-custom-fields/{field.GetProperty("id").GetGuid()}")
        {
            Content = JsonContent.Create(new { label = "Référence", isRetired = true }),
        };
        retire.Headers.IfMatch.ParseAdd($"\"{field.GetProperty("version").GetInt32()}\"");
        var retired = await (await Client.SendAsync(retire)).ReadOk<JsonElement>();

        await unique.AssertProblem(HttpStatusCode.BadRequest, "custom_field.unique_not_supported");
        await onContacts.AssertProblem(HttpStatusCode.BadRequest, "custom_field.entity_elsewhere");
        await taken.AssertProblem(HttpStatusCode.Conflict, "custom_field.key_taken");
        Assert.Multiple(async () =>
        {
            Assert.That(retired.GetProperty("isRetired").GetBoolean(), Is.True);
            Assert.That(await Client.GetFromJsonAsync<JsonElement[]>("/api/v1/deal-custom-fields"), Is.Empty);
            Assert.That(await Client.GetFromJsonAsync<JsonElement[]>("/api/v1/deal-custom-fields?includeRetired=true"), Has.Length.EqualTo(1));
            Assert.That(await Client.GetFromJsonAsync<JsonElement[]>("/api/v1/custom-fields?entity=Contact"), Is.Empty, "deal fields stay with deals");
        });
    }

    [Test]
    public async Task ASalesRep_ReadsDealFields_ButDoesNotDefineThem()
    {
        await DefineAsync(new { label = "Région", type = "Text" });
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        Assert.That(await rep.GetFromJsonAsync<JsonElement[]>("/api/v1/deal-custom-fields"), Has.Length.EqualTo(1));
        var response = await rep.PostAsJsonAsync("/api/v1/deal-custom-fields", new { label = "Autre", type = "Text" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task TheBoard_IsFilteredByDealCustomFields()
    {
        await DefineAsync(new { label = "Région", type = "SingleSelect", options = new[] { new { label = "Nord" }, new { label = "Sud" } } });
        await DefineAsync(new { label = "Budget", type = "Number" });
        await DefineAsync(new { label = "Signé à distance", key = "remote", type = "Bool" });
        await CreateAsync(new { name = "North big", customFields = new Dictionary<string, object> { ["region"] = "nord", ["budget"] = 9000, ["remote"] = true } });
        await CreateAsync(new { name = "North small", customFields = new Dictionary<string, object> { ["region"] = "nord", ["budget"] = 100 } });
        await CreateAsync(new { name = "South big", customFields = new Dictionary<string, object> { ["region"] = "sud", ["budget"] = 12000 } });
        await CreateAsync(new { name = "Nothing" });
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var board = $"/api/v1/pipelines/{pipeline.Id}/board";
        var stage = pipeline.Stage("Qualification").Id;

        var north = await Client.GetFromJsonAsync<BoardDto>($"{board}?filter=cf.region:eq:Nord");
        var bigNorth = await Client.GetFromJsonAsync<BoardDto>($"{board}?filter=cf.region:eq:nord&filter=cf.budget:gte:5000");
        var remote = await Client.GetFromJsonAsync<BoardDto>($"{board}?filter=cf.remote:eq:true");
        var noRegion = await Client.GetFromJsonAsync<DealCardPage>($"{board}/{stage}?filter=cf.region:isEmpty");

        Assert.Multiple(() =>
        {
            Assert.That(north!.Column("Qualification").Deals.Select(d => d.Name), Is.EquivalentTo(new[] { "North big", "North small" }), "an option by its label");
            Assert.That(north.Column("Qualification").Count, Is.EqualTo(2), "counts follow the filter");
            Assert.That(bigNorth!.Column("Qualification").Deals.Select(d => d.Name), Is.EqualTo(new[] { "North big" }));
            Assert.That(remote!.Column("Qualification").Deals.Select(d => d.Name), Is.EqualTo(new[] { "North big" }));
            Assert.That(noRegion!.Items.Select(d => d.Name), Is.EqualTo(new[] { "Nothing" }), "a column's next pages take the filter too");
        });
        await (await Client.GetAsync($"{board}?filter=cf.colour:eq:blue")).AssertProblem(HttpStatusCode.BadRequest, "filter.field_unknown");
        await (await Client.GetAsync($"{board}?filter=cf.budget:eq:lots")).AssertProblem(HttpStatusCode.BadRequest, "filter.invalid");
    }

    private async Task<JsonElement> DefineAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/deal-custom-fields", body)).ReadOk<JsonElement>(HttpStatusCode.Created);

    private async Task<JsonElement> CreateAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/deals", body)).ReadOk<JsonElement>(HttpStatusCode.Created);
}
