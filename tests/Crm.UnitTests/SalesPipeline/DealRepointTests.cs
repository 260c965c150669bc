using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class DealRepointTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void RepointContacts_WhenAMergedContactIsOnTheDeal_PutsTheKeptOneInItsPlaceWithItsRole()
    {
        var pipeline = Pipeline.Create("Ventes", 0, [PipelineTests.Open("A"), PipelineTests.Won(), PipelineTests.Lost()], Now).Value;
        var (kept, twin, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var details = new DealDetails("Yaourts", null, null, null, [(twin, ContactRole.Champion), (other, ContactRole.User)], null, null, ForecastCategory.Pipeline);
        var deal = Deal.Create(details, Guid.NewGuid(), pipeline, pipeline.Stages[0], null, Now).Value;

        deal.RepointContacts([twin], kept, Now);

        Assert.That(deal.Contacts.Select(c => (c.ContactId, c.Role)), Is.EquivalentTo(new[] { (other, ContactRole.User), (kept, ContactRole.Champion) }));
    }
}
