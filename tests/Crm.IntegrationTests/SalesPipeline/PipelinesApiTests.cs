using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.SalesPipeline;

internal sealed class PipelinesApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AFreshInstallation_HasAPipelineAndLostReasons_InFrench()
    {
        var pipelines = await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines");
        var reasons = await Client.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons");

        var pipeline = pipelines!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.Name, Is.EqualTo("Nouvelles affaires"));
            Assert.That(pipeline.Stages.Select(s => (s.Name, s.Kind, s.Probability)), Is.EqualTo(new[]
            {
                ("Qualification", "Open", 10), ("Analyse du besoin", "Open", 25), ("Proposition", "Open", 50),
                ("Négociation", "Open", 75), ("Gagnée", "Won", 100), ("Perdue", "Lost", 0),
            }));
            Assert.That(reasons!.Select(r => r.Name), Does.Contain("Concurrent choisi").And.Contain("Pas de budget"));
        });
    }

    [Test]
    public async Task APipeline_IsCreatedWithItsStagesInOrder_TheWonAndLostStagesLast()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/pipelines", new
        {
            name = "Partenaires",
            stages = new object[]
            {
                new { name = "Signé", kind = "Won" },
                new { name = "Premier contact", probability = 20, rottingDays = 30 },
                new { name = "Abandonné", kind = "Lost", probability = 55 },
                new { name = "Accord de principe", probability = 60, requiredFields = new[] { "amount", "company" } },
            },
        });
        var created = await response.ReadOk<PipelineDto>(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(created.Position, Is.EqualTo(1), "after the first pipeline");
            Assert.That(created.Stages.Select(s => (s.Name, s.Position, s.Probability)), Is.EqualTo(new[]
            {
                ("Premier contact", 0, 20), ("Accord de principe", 1, 60), ("Signé", 2, 100), ("Abandonné", 3, 0),
            }));
            Assert.That(created.Stage("Premier contact").RottingDays, Is.EqualTo(30));
            Assert.That(created.Stage("Accord de principe").RequiredFields, Is.EqualTo(new[] { "amount", "company" }));
        });
    }

    [TestCase("[]", "pipeline.stages_invalid")]
    [TestCase("""[{"name":"A"},{"name":"B","kind":"Won"}]""", "pipeline.stages_invalid")]
    [TestCase("""[{"name":"A"},{"name":"a","kind":"Won"},{"name":"C","kind":"Lost"}]""", "stage.name_taken")]
    [TestCase("""[{"name":"A","probability":120},{"name":"B","kind":"Won"},{"name":"C","kind":"Lost"}]""", "stage.probability_invalid")]
    [TestCase("""[{"name":"A","requiredFields":["colour"]},{"name":"B","kind":"Won"},{"name":"C","kind":"Lost"}]""", "stage.required_field_unknown")]
    [TestCase("""[{"name":"A","rottingDays":0},{"name":"B","kind":"Won"},{"name":"C","kind":"Lost"}]""", "stage.rotting_days_invalid")]
    public async Task ABadPipeline_IsRefusedWithWhatIsWrong(string stages, string code)
    {
        var body = new StringContent($$"""{"name":"Essai","stages":{{stages}}}""", System.Text.Encoding.UTF8, "application/json");
        await (await Client.PostAsync("/api/v1/pipelines", body)).AssertProblem(HttpStatusCode.BadRequest, code);
        Assert.That(await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task RedefiningStages_KeepsDeals_FollowsProbabilities_AndRefusesToDropAStageHoldingDeals()
    {
        var pipeline = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        var proposal = pipeline.Stage("Proposition");
        var deal = await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Logiciel", stageId = proposal.Id })).ReadOk<DealDto>(HttpStatusCode.Created);

        var stages = pipeline.Stages.Select(s => s.Id == proposal.Id
            ? new { id = (Guid?)s.Id, name = "Offre envoyée", kind = s.Kind, probability = 40 }
            : new { id = (Guid?)s.Id, name = s.Name, kind = s.Kind, probability = s.Probability }).ToList();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/pipelines/{pipeline.Id}") { Content = JsonContent.Create(new { name = "Ventes", stages }) };
        request.Headers.IfMatch.ParseAdd($"\"{pipeline.Version}\"");
        var changed = await (await Client.SendAsync(request)).ReadOk<PipelineDto>();

        var reread = await Client.GetFromJsonAsync<DealDto>($"/api/v1/deals/{deal.Id}");
        Assert.Multiple(() =>
        {
            Assert.That((changed.Name, changed.Version), Is.EqualTo(("Ventes", pipeline.Version + 1)));
            Assert.That((reread!.StageName, reread.Probability), Is.EqualTo(("Offre envoyée", 40)));
        });

        var withoutProposal = stages.Where(s => s.id != proposal.Id).ToList();
        var drop = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/pipelines/{pipeline.Id}") { Content = JsonContent.Create(new { name = "Ventes", stages = withoutProposal }) };
        drop.Headers.IfMatch.ParseAdd($"\"{changed.Version}\"");
        var problem = await (await Client.SendAsync(drop)).AssertProblem(HttpStatusCode.Conflict, "stage.in_use");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Offre envoyée"));

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/pipelines/{pipeline.Id}") { Content = JsonContent.Create(new { name = "Ventes", stages }) };
        stale.Headers.IfMatch.ParseAdd($"\"{pipeline.Version}\"");
        await (await Client.SendAsync(stale)).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
    }

    [Test]
    public async Task APipeline_HoldingDeals_OrTheLastOne_IsNotDeleted()
    {
        var first = (await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Single();
        await (await Delete(first)).AssertProblem(HttpStatusCode.Conflict, "pipeline.last");

        var second = await (await Client.PostAsJsonAsync("/api/v1/pipelines", new
        {
            name = "Renouvellements",
            stages = new object[] { new { name = "À renouveler" }, new { name = "Renouvelé", kind = "Won" }, new { name = "Résilié", kind = "Lost" } },
        })).ReadOk<PipelineDto>(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync("/api/v1/deals", new { name = "Contrat 2027", pipelineId = second.Id })).ReadOk<DealDto>(HttpStatusCode.Created);
        await (await Delete(second)).AssertProblem(HttpStatusCode.Conflict, "pipeline.in_use");

        Assert.That((await Delete(first)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Client.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"))!.Select(p => p.Name), Is.EqualTo(new[] { "Renouvellements" }));
    }

    [Test]
    public async Task LostReasons_AreAdded_Renamed_AndRetired()
    {
        var added = await (await Client.PostAsJsonAsync("/api/v1/lost-reasons", new { name = "Projet reporté" })).ReadOk<LostReasonDto>(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync("/api/v1/lost-reasons", new { name = "Projet reporté" })).AssertProblem(HttpStatusCode.Conflict, "lost_reason.name_taken");

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lost-reasons/{added.Id}") { Content = JsonContent.Create(new { name = "Projet gelé", isActive = false }) };
        request.Headers.IfMatch.ParseAdd($"\"{added.Version}\"");
        var retired = await (await Client.SendAsync(request)).ReadOk<LostReasonDto>();

        var all = await Client.GetFromJsonAsync<LostReasonDto[]>("/api/v1/lost-reasons");
        Assert.Multiple(() =>
        {
            Assert.That((retired.Name, retired.IsActive), Is.EqualTo(("Projet gelé", false)));
            Assert.That(all!.Last().Name, Is.EqualTo("Projet gelé"), "retired reasons come last");
        });
    }

    [Test]
    public async Task ASalesRep_ReadsPipelines_ButDoesNotSetThemUp()
    {
        await Users.Create(App, "rep@example.com", "SalesRep");
        using var rep = await Users.SignedInClient(App, "rep@example.com");

        Assert.That(await rep.GetFromJsonAsync<PipelineDto[]>("/api/v1/pipelines"), Has.Length.EqualTo(1));
        var response = await rep.PostAsJsonAsync("/api/v1/lost-reasons", new { name = "Trop cher" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<HttpResponseMessage> Delete(PipelineDto pipeline)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/pipelines/{pipeline.Id}");
        request.Headers.IfMatch.ParseAdd($"\"{pipeline.Version}\"");
        return await Client.SendAsync(request);
    }
}
