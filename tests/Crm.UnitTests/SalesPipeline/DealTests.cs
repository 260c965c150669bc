using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class DealTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();

    private readonly Pipeline _pipeline = Pipeline.Create(
        "Ventes",
        0,
        [PipelineTests.Open("Découverte"), new StageSpec(null, "Proposition", StageKind.Open, 50, null, [DealField.Amount, DealField.Contacts]), PipelineTests.Won(), PipelineTests.Lost()],
        Now).Value;

    [Test]
    public void MoveTo_WhenTheStageRequiresFieldsTheDealLacks_RefusesNamingThem()
    {
        var deal = NewDeal(Details("Logiciel"));

        var moved = deal.MoveTo(_pipeline, _pipeline.Stages[1], Owner, Now);

        Assert.Multiple(() =>
        {
            Assert.That(moved.Error?.Code, Is.EqualTo("deal.stage_requirements_missing"));
            Assert.That(moved.Error?.Extensions["missingFields"], Is.EqualTo(new[] { DealField.Amount, DealField.Contacts }));
            Assert.That(deal.StageId, Is.EqualTo(_pipeline.Stages[0].Id));
        });
    }

    [Test]
    public void MoveTo_WhenWon_ClosesTheDealAndEndsTheStayBefore()
    {
        var deal = NewDeal(Details("Logiciel", Money.Create(1200, "EUR").Value));

        var moved = deal.MoveTo(_pipeline, _pipeline.WonStage, Owner, Now.AddDays(3));

        Assert.Multiple(() =>
        {
            Assert.That(moved.IsSuccess, Is.True);
            Assert.That((deal.Status, deal.Probability, deal.ClosedAtUtc, deal.ClosedBy), Is.EqualTo((DealStatus.Won, 100, (DateTimeOffset?)Now.AddDays(3), (Guid?)Owner)));
            Assert.That(deal.Visits.Select(v => (v.StageName, v.ExitedAtUtc)), Is.EqualTo(new[] { ("Découverte", (DateTimeOffset?)Now.AddDays(3)), ("Gagné", null) }));
            Assert.That(deal.DomainEvents.OfType<DealWon>().Single().Amount, Is.EqualTo(Money.Create(1200, "EUR").Value));
        });
    }

    [Test]
    public void MoveTo_WhenLostWithoutAnActiveReason_Refuses()
    {
        var deal = NewDeal(Details("Logiciel"));
        var retired = LostReason.Create("Prix", 0).Value;
        retired.Change("Prix", isActive: false);

        Assert.Multiple(() =>
        {
            Assert.That(deal.MoveTo(_pipeline, _pipeline.LostStage, Owner, Now).Error?.Code, Is.EqualTo("deal.lost_reason_required"));
            Assert.That(deal.MoveTo(_pipeline, _pipeline.LostStage, Owner, Now, retired).Error?.Code, Is.EqualTo("deal.lost_reason_required"));
            Assert.That(deal.Status, Is.EqualTo(DealStatus.Open));
        });
    }

    [Test]
    public void MoveTo_WhenReopened_ForgetsTheClosure()
    {
        var deal = NewDeal(Details("Logiciel"));
        deal.MoveTo(_pipeline, _pipeline.LostStage, Owner, Now, LostReason.Create("Prix", 0).Value, "Trop cher");

        deal.MoveTo(_pipeline, _pipeline.Stages[0], Owner, Now.AddDays(1));

        Assert.That((deal.Status, deal.ClosedAtUtc, deal.LostReasonId, deal.LostNote), Is.EqualTo((DealStatus.Open, (DateTimeOffset?)null, (LostReasonId?)null, (string?)null)));
    }

    [TestCase(-0.01)]
    [TestCase(1.001)]
    public void Create_WhenTheAmountIsNegativeOrFinerThanCents_Refuses(decimal amount)
    {
        var created = Deal.Create(Details("Logiciel", Money.Create(amount, "EUR").Value), Owner, _pipeline, _pipeline.Stages[0], Owner, Now);

        Assert.That(created.Error?.Code, Is.EqualTo("deal.amount_invalid"));
    }

    [Test]
    public void Update_WhenOnlyAContactsRoleChanges_NamesTheContactsAsChanged()
    {
        var contact = Guid.NewGuid();
        var deal = NewDeal(Details("Logiciel", contacts: [(contact, ContactRole.Influencer)]));
        deal.ClearDomainEvents();

        deal.Update(Details("Logiciel", contacts: [(contact, ContactRole.DecisionMaker)]), _pipeline.Stages[0], Now);

        Assert.Multiple(() =>
        {
            Assert.That(deal.DomainEvents.OfType<DealUpdated>().Single().ChangedFields, Is.EqualTo(new[] { DealField.Contacts }));
            Assert.That(deal.Contacts.Single().Role, Is.EqualTo(ContactRole.DecisionMaker));
        });
    }

    private Deal NewDeal(DealDetails details) => Deal.Create(details, Owner, _pipeline, _pipeline.Stages[0], Owner, Now).Value;

    private static DealDetails Details(string name, Money? amount = null, IReadOnlyList<(Guid, ContactRole)>? contacts = null) =>
        new(name, amount, null, null, contacts ?? [], null, null, ForecastCategory.Pipeline);
}
