using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class PipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Define_WhenAStageIsKept_KeepsItsIdAndPutsClosingStagesLast()
    {
        var pipeline = Pipeline.Create("Ventes", 0, [Open("A"), Won(), Lost(), Open("B")], Now).Value;
        var a = pipeline.Stages[0];

        var defined = pipeline.Define("Ventes", [Lost(pipeline.LostStage.Id.Value), Open("B2"), Open("A", a.Id.Value, 30), Won(pipeline.WonStage.Id.Value)], new HashSet<StageId>(), Now);

        Assert.Multiple(() =>
        {
            Assert.That(defined.IsSuccess, Is.True);
            Assert.That(pipeline.Stages.Select(s => s.Name), Is.EqualTo(new[] { "B2", "A", "Gagné", "Perdu" }));
            Assert.That(pipeline.Stages[1].Id, Is.EqualTo(a.Id));
            Assert.That(pipeline.Stages[1].Probability, Is.EqualTo(30));
        });
    }

    [Test]
    public void Define_WhenARemovedStageHoldsDeals_RefusesAndChangesNothing()
    {
        var pipeline = Pipeline.Create("Ventes", 0, [Open("A"), Open("B"), Won(), Lost()], Now).Value;
        var b = pipeline.Stages[1];

        var defined = pipeline.Define("Autre nom", [Open("A", pipeline.Stages[0].Id.Value), Won(pipeline.WonStage.Id.Value), Lost(pipeline.LostStage.Id.Value)], new HashSet<StageId> { b.Id }, Now);

        Assert.Multiple(() =>
        {
            Assert.That(defined.Error?.Code, Is.EqualTo("stage.in_use"));
            Assert.That(pipeline.Name, Is.EqualTo("Ventes"));
            Assert.That(pipeline.Stages, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void Create_WhenClosingStagesSayOtherwise_GivesWonAHundredAndLostZero()
    {
        var pipeline = Pipeline.Create("Ventes", 0, [Open("A"), new StageSpec(null, "Gagné", StageKind.Won, 40, 10, []), new StageSpec(null, "Perdu", StageKind.Lost, 40, null, [])], Now).Value;

        Assert.Multiple(() =>
        {
            Assert.That((pipeline.WonStage.Probability, pipeline.WonStage.RottingDays), Is.EqualTo((100, (int?)null)));
            Assert.That(pipeline.LostStage.Probability, Is.Zero);
        });
    }

    [Test]
    public void Create_WhenTwoWonStages_IsRefused()
    {
        var created = Pipeline.Create("Ventes", 0, [Open("A"), Won(), new StageSpec(null, "Signé", StageKind.Won, 100, null, []), Lost()], Now);

        Assert.That(created.Error?.Code, Is.EqualTo("pipeline.stages_invalid"));
    }

    internal static StageSpec Open(string name, Guid? id = null, int probability = 20) => new(id, name, StageKind.Open, probability, null, []);

    internal static StageSpec Won(Guid? id = null) => new(id, "Gagné", StageKind.Won, 100, null, []);

    internal static StageSpec Lost(Guid? id = null) => new(id, "Perdu", StageKind.Lost, 0, null, []);
}
