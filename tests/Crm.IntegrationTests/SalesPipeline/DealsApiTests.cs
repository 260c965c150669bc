using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class DealsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task ANewDeal_StartsInTheFirstStage_OwnedByItsCreator_WithItsCompanyAndContacts()
    {
        var company = await PostAsync<IdDto>("/api/v1/companies", new { name = "Danone" });
        var contact = await PostAsync<IdDto>("/api/v1/contacts", new { firstName = "Anne", lastName = "Riboud", emails = new[] { new { address = "anne@danone.fr" } } });

        var response = await Client.PostAsJsonAsync("/api/v1/deals", new
        {
            name = "Licences 2027",
            amount = new { amount = 12_500.50m },
            expectedCloseDate = "2027-03-31",
            companyId = company.Id,
            contacts = new[] { new { contactId = contact.Id, role = "DecisionMaker" } },
            source = "Salon",
        });
        var deal = await response.ReadOk<DealDto>(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That((deal.PipelineName, deal.StageName, deal.Probability, deal.Status), Is.EqualTo(("Nouvelles affaires", "Qualification", 10, "Open")));
            Assert.That(deal.Amount, Is.EqualTo(new MoneyDto(12_500.50m, "EUR")));
            Assert.That(deal.ExpectedCloseDate, Is.EqualTo(new DateOnly(2027, 3, 31)));
            Assert.That(deal.Company, Is.EqualTo(new DealCompanyDto(company.Id, "Danone")));
            Assert.That(deal.Contacts.Single(), Is.EqualTo(new DealContactDto(contact.Id, "Anne Riboud", "anne@danone.fr", "DecisionMaker")));
            Assert.That(deal.StageHistory.Select(v => (v.StageName, v.ExitedAtUtc)), Is.EqualTo(new[] { ("Qualification", (DateTimeOffset?)null) }));
            Assert.That(deal.IsRotting, Is.False);
        });
    }

    [TestCase("""{"name":""}""", HttpStatusCode.BadRequest, "deal.name_invalid")]
    [TestCase("""{"name":"X","amount":{"amount":-1}}""", HttpStatusCode.BadRequest, "deal.amount_invalid")]
    [TestCase("""{"name":"X","amount":{"amount":10.005}}""", HttpStatusCode.BadRequest, "deal.amount_invalid")]
    [TestCase("""{"name":"X","amount":{"amount":10,"currency":"ZZZ"}}""", HttpStatusCode.BadRequest, "money.currency_unknown")]
    [TestCase("""{"name":"X","companyId":"0196a2f0-0000-7000-8000-000000000001"}""", HttpStatusCode.BadRequest, "deal.company_unknown")]
    [TestCase("""{"name":"X","contacts":[{"contactId":"0196a2f0-0000-7000-8000-000000000001"}]}""", HttpStatusCode.BadRequest, "deal.contact_unknown")]
    [TestCase("""{"name":"X","ownerId":"0196a2f0-0000-7000-8000-000000000001"}""", HttpStatusCode.BadRequest, "deal.owner_invalid")]
    [TestCase("""{"name":"X","pipelineId":"0196a2f0-0000-7000-8000-000000000001"}""", HttpStatusCode.NotFound, "pipeline.not_found")]
    public async Task ABadDeal_IsRefusedWithWhatIsWrong_AndNothingIsStored(string body, HttpStatusCode status, string code)
    {
        var response = await Client.PostAsync("/api/v1/deals", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblem(status, code);
        var board = await BoardAsync();
        Assert.That(board.Columns.Sum(c => c.Count), Is.Zero);
    }

    [Test]
    public async Task ADealIsNotCreated_InAClosingStage()
    {
        var pipeline = await PipelineAsync();
        var response = await Client.PostAsJsonAsync("/api/v1/deals", new { name = "X", stageId = pipeline.Won.Id });
        await response.AssertProblem(HttpStatusCode.BadRequest, "deal.created_closed");
    }

    [Test]
    public async Task EnteringAStage_NeedsTheFieldsItRequires_AndTheyCannotBeClearedThere()
    {
        var pipeline = await RequireAsync("Proposition", "amount", "expectedCloseDate");
        var deal = await PostAsync<DealDto>("/api/v1/deals", new { name = "Logiciel" });

        var refused = await MoveAsync(deal, pipeline.Stage("Proposition").Id);
        var problem = await refused.AssertProblem(HttpStatusCode.UnprocessableEntity, "deal.stage_requirements_missing");
        Assert.That(problem.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "amount", "expectedCloseDate" }));

        var filled = await PutAsync(deal, new { name = "Logiciel", amount = new { amount = 9000 }, expectedCloseDate = "2027-01-15" });
        var moved = await (await MoveAsync(filled, pipeline.Stage("Proposition").Id)).ReadOk<DealDto>();
        Assert.That((moved.StageName, moved.Probability, moved.Version), Is.EqualTo(("Proposition", 50, filled.Version + 1)));

        var request = Put(moved, new { name = "Logiciel", expectedCloseDate = "2027-01-15" });
        await (await Client.SendAsync(request)).AssertProblem(HttpStatusCode.UnprocessableEntity, "deal.stage_requirements_missing");
        var reread = await Client.GetFromJsonAsync<DealDto>($"/api/v1/deals/{deal.Id}");
        Assert.That(reread!.Amount, Is.EqualTo(new MoneyDto(9000, "EUR")), "nothing was half-written");
    }

    [Test]
    public async Task WinningLosingAndReopening_RecordWhoWhenAndWhy_AndTheStageHistory()
    {
        var pipeline = await PipelineAsync();
        var reasons = await Client.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons");
        var deal = await PostAsync<DealDto>("/api/v1/deals", new { name = "Logiciel" });

        await (await MoveAsync(deal, pipeline.Lost.Id)).AssertProblem(HttpStatusCode.BadRequest, "deal.lost_reason_required");
        var lost = await (await MoveAsync(deal, pipeline.Lost.Id, new { lostReasonId = reasons![1].Id, lostNote = "Choisi Salesforce" })).ReadOk<DealDto>();
        var reopened = await (await MoveAsync(lost, pipeline.Stage("Négociation").Id)).ReadOk<DealDto>();
        var won = await (await MoveAsync(reopened, pipeline.Won.Id)).ReadOk<DealDto>();

        Assert.Multiple(() =>
        {
            Assert.That((lost.Status, lost.LostReason?.Name, lost.LostNote, lost.Probability), Is.EqualTo(("Lost", reasons[1].Name, "Choisi Salesforce", 0)));
            Assert.That(lost.ClosedAtUtc, Is.Not.Null);
            Assert.That((reopened.Status, reopened.LostReason, reopened.ClosedAtUtc), Is.EqualTo(("Open", (LostReasonRefDto?)null, (DateTimeOffset?)null)));
            Assert.That((won.Status, won.Probability, won.ClosedBy), Is.EqualTo(("Won", 100, deal.OwnerId)));
            Assert.That(won.StageHistory.Select(v => v.StageName), Is.EqualTo(new[] { "Gagnée", "Négociation", "Perdue", "Qualification" }));
            Assert.That(won.StageHistory.Skip(1).All(v => v.ExitedAtUtc is not null), Is.True, "every earlier stay has ended");
            Assert.That(won.StageHistory[0].ExitedAtUtc, Is.Null);
        });
    }

    [Test]
    public async Task Moving_NeedsTheVersionRead_AndAStageThatExists()
    {
        var pipeline = await PipelineAsync();
        var deal = await PostAsync<DealDto>("/api/v1/deals", new { name = "Logiciel" });
        var moved = await (await MoveAsync(deal, pipeline.Stage("Proposition").Id)).ReadOk<DealDto>();

        await (await MoveAsync(deal, pipeline.Stage("Négociation").Id)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var noIfMatch = await Client.PostAsJsonAsync($"/api/v1/deals/{deal.Id}/move", new { stageId = pipeline.Stage("Négociation").Id });
        await noIfMatch.AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await MoveAsync(moved, Guid.NewGuid())).AssertProblem(HttpStatusCode.NotFound, "stage.not_found");
    }

    [Test]
    public async Task UnderOwnVisibility_ARepSeesAndMovesOnlyOwnDeals()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/deals", new { scope = "own" })).ReadOk<object>();
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");
        var admins = await PostAsync<DealDto>("/api/v1/deals", new { name = "Grand compte" });
        var handedOver = await PostAsync<DealDto>("/api/v1/deals", new { name = "PME", ownerId = repId });

        await (await rep.GetAsync($"/api/v1/deals/{admins.Id}")).AssertProblem(HttpStatusCode.NotFound, "deal.not_found");
        var seen = await rep.GetFromJsonAsync<DealDto>($"/api/v1/deals/{handedOver.Id}");
        var board = await rep.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{handedOver.PipelineId}/board");
        Assert.Multiple(() =>
        {
            Assert.That(seen!.OwnerId, Is.EqualTo(repId));
            Assert.That(board!.Columns.SelectMany(c => c.Deals).Select(d => d.Name), Is.EqualTo(new[] { "PME" }));
            Assert.That(board.Columns.Sum(c => c.Count), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ADeal_IsHandedOver_AndDeleted()
    {
        var repId = await Users.Create(App, "rep@example.com", "SalesRep");
        var deal = await PostAsync<DealDto>("/api/v1/deals", new { name = "Logiciel", nextStep = "Rappeler lundi" });
        var handed = await PutAsync(deal, new { name = "Logiciel", nextStep = "Rappeler lundi", ownerId = repId, forecastCategory = "Commit" });
        Assert.That((handed.OwnerId, handed.ForecastCategory, handed.Version), Is.EqualTo((repId, "Commit", 2)));

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/deals/{deal.Id}");
        delete.Headers.IfMatch.ParseAdd($"\"{handed.Version}\"");
        Assert.That((await Client.SendAsync(delete)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Client.GetAsync($"/api/v1/deals/{deal.Id}")).AssertProblem(HttpStatusCode.NotFound, "deal.not_found");
    }

    private sealed record IdDto(Guid Id);

    private async Task<T> PostAsync<T>(string url, object body) => await (await Client.PostAsJsonAsync(url, body)).ReadOk<T>(HttpStatusCode.Created);

    private async Task<PipelineDto> PipelineAsync() => (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();

    private async Task<BoardDto> BoardAsync() => (await Client.GetFromJsonAsync<BoardDto>($"/api/v1/pipelines/{(await PipelineAsync()).Id}/board"))!;

    private async Task<PipelineDto> RequireAsync(string stageName, params string[] fields)
    {
        var pipeline = await PipelineAsync();
        var stages = pipeline.Stages.Select(s => new { id = s.Id, name = s.Name, kind = s.Kind, probability = s.Probability, requiredFields = s.Name == stageName ? fields : s.RequiredFields });
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/pipelines/{pipeline.Id}") { Content = JsonContent.Create(new { name = pipeline.Name, stages }) };
        request.Headers.IfMatch.ParseAdd($"\"{pipeline.Version}\"");
        return await (await Client.SendAsync(request)).ReadOk<PipelineDto>();
    }

    private Task<HttpResponseMessage> MoveAsync(DealDto deal, Guid stageId, object? extra = null)
    {
        var body = extra is null ? (object)new { stageId } : MergeStage(stageId, extra);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deals/{deal.Id}/move") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        return Client.SendAsync(request);
    }

    private static Dictionary<string, object?> MergeStage(Guid stageId, object extra)
    {
        var merged = extra.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(extra));
        merged["stageId"] = stageId;
        return merged;
    }

    private static HttpRequestMessage Put(DealDto deal, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/deals/{deal.Id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{deal.Version}\"");
        return request;
    }

    private async Task<DealDto> PutAsync(DealDto deal, object body) => await (await Client.SendAsync(Put(deal, body))).ReadOk<DealDto>();
}
