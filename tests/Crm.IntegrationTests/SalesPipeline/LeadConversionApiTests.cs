using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class LeadConversionApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ConvertingALead_MakesItAnOpportunity_CreatesItsCompany_AndOpensItsDeal()
    {
        var lead = await CreateContactAsync(new { firstName = "Anne", lastName = "Riboud", lifecycleStage = "Lead" });

        var response = await Client.PostAsJsonAsync("/api/v1/deals/from-lead", new { contactId = lead, newCompanyName = "Riboud Conseil", amount = new { amount = 4800 } });
        var deal = await response.ReadOk<DealDto>(HttpStatusCode.Created);

        var contact = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{lead}");
        Assert.Multiple(() =>
        {
            Assert.That((deal.Name, deal.StageName, deal.Amount), Is.EqualTo(("Anne Riboud", "Qualification", new MoneyDto(4800, "EUR"))));
            Assert.That(deal.Company?.Name, Is.EqualTo("Riboud Conseil"));
            Assert.That(deal.Contacts.Select(c => (c.ContactId, c.Role)), Is.EqualTo(new[] { (lead, "DecisionMaker") }));
            Assert.That(contact.GetProperty("lifecycleStage").GetString(), Is.EqualTo("Opportunity"));
            Assert.That(contact.GetProperty("companies")[0].GetProperty("companyId").GetGuid(), Is.EqualTo(deal.Company!.Id));
        });
    }

    [Test]
    public async Task ARefusedDeal_LeavesTheLeadAsItWas()
    {
        var lead = await CreateContactAsync(new { lastName = "Riboud", lifecycleStage = "Lead" });

        var response = await Client.PostAsJsonAsync("/api/v1/deals/from-lead", new { contactId = lead, newCompanyName = "Riboud Conseil", amount = new { amount = -5 } });

        await response.AssertProblem(HttpStatusCode.BadRequest, "deal.amount_invalid");
        var contact = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{lead}");
        Assert.Multiple(() =>
        {
            Assert.That(contact.GetProperty("lifecycleStage").GetString(), Is.EqualTo("Lead"));
            Assert.That(contact.GetProperty("companies").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task AnUnknownLead_IsNotFound()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/deals/from-lead", new { contactId = Guid.NewGuid() });
        await response.AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
    }

    [Test]
    public async Task TheDealsOfACompanyOrAContact_AreListed_NewestFirst()
    {
        var company = await (await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Danone" })).ReadOk<JsonElement>(HttpStatusCode.Created);
        var companyId = company.GetProperty("id").GetGuid();
        var contact = await CreateContactAsync(new { lastName = "Riboud" });
        await CreateDealAsync(new { name = "Ancien", companyId });
        await CreateDealAsync(new { name = "Nouveau", companyId, contacts = new[] { new { contactId = contact } } });
        await CreateDealAsync(new { name = "Autre" });

        var ofCompany = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/deals?companyId={companyId}");
        var ofContact = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/deals?contactId={contact}&status=Open");
        Assert.Multiple(() =>
        {
            Assert.That(Names(ofCompany), Is.EqualTo(new[] { "Nouveau", "Ancien" }));
            Assert.That(Names(ofContact), Is.EqualTo(new[] { "Nouveau" }));
            Assert.That(ofCompany.GetProperty("items")[0].GetProperty("stageName").GetString(), Is.EqualTo("Qualification"));
        });
        await (await Client.GetAsync("/api/v1/deals?status=Sleeping")).AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
    }

    private static IEnumerable<string?> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString());

    private async Task<Guid> CreateContactAsync(object body) =>
        (await (await Client.PostAsJsonAsync("/api/v1/contacts", body)).ReadOk<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task CreateDealAsync(object body) => await (await Client.PostAsJsonAsync("/api/v1/deals", body)).ReadOk<DealDto>(HttpStatusCode.Created);
}
