using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.UnitTests.Contacts;

internal sealed class LifecycleProgressTests
{
    [TestCase(LifecycleStage.Subscriber)]
    [TestCase(LifecycleStage.Lead)]
    [TestCase(LifecycleStage.MarketingQualified)]
    [TestCase(LifecycleStage.SalesQualified)]
    [TestCase(LifecycleStage.Opportunity)]
    [TestCase(LifecycleStage.Other)]
    public void ToOpportunity_WhenNotYetBuying_IsOpportunity(LifecycleStage current) =>
        Assert.That(LifecycleProgress.ToOpportunity(current), Is.EqualTo(LifecycleStage.Opportunity));

    [TestCase(LifecycleStage.Customer)]
    [TestCase(LifecycleStage.Evangelist)]
    public void ToOpportunity_WhenAlreadyBuyingOrAdvocating_StaysWhereItIs(LifecycleStage current) =>
        Assert.That(LifecycleProgress.ToOpportunity(current), Is.EqualTo(current));
}
