using Crm.Modules.SalesPipeline.Domain.Quotas;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class QuotaTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    [TestCase("2027-01", 2027, 1)]
    [TestCase("2028-02", 2028, 2)]
    [TestCase("1999-12", 1999, 12)]
    public void ParseMonth_WhenYearDashMonth_ReadsTheFirstDay(string period, int year, int month) =>
        Assert.That(Quota.ParseMonth(period).Value, Is.EqualTo(new DateOnly(year, month, 1)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2027-13")]
    [TestCase("2027-1")]
    [TestCase("2027-01-15")]
    [TestCase("27-01")]
    [TestCase("2027/01")]
    [TestCase(" 2027-01")]
    public void ParseMonth_WhenNotYearDashMonth_Refuses(string? period) =>
        Assert.That(Quota.ParseMonth(period).Error?.Code, Is.EqualTo("quota.period_invalid"));

    [Test]
    public void Create_WhenAValidAmount_KeepsHundredthsTheMonthsFirstDayAndWhoSetIt()
    {
        var quota = Quota.Create(Rep, new DateOnly(2028, 2, 29), Money.Create(12_500.25m, "EUR").Value, Manager, Now.AddTicks(1234)).Value;

        Assert.Multiple(() =>
        {
            Assert.That((quota.UserId, quota.Month, quota.Period), Is.EqualTo((Rep, new DateOnly(2028, 2, 1), "2028-02")));
            Assert.That((quota.AmountCents, quota.Currency, quota.Amount), Is.EqualTo((1_250_025L, "EUR", Money.Create(12_500.25m, "EUR").Value)));
            Assert.That((quota.UpdatedBy, quota.UpdatedAtUtc), Is.EqualTo((Manager, Now)));
        });
    }

    [TestCase(-0.01)]
    [TestCase(10.005)]
    [TestCase(1_000_000_000_000d)]
    public void Create_WhenTheAmountIsNegativeTooFineOrTooLarge_Refuses(decimal amount) =>
        Assert.That(Quota.Create(Rep, new DateOnly(2027, 1, 1), Money.Create(amount, "EUR").Value, Manager, Now).Error?.Code, Is.EqualTo("quota.amount_invalid"));

    [Test]
    public void Change_WhenAnotherCurrency_ReplacesTheAmountAndTheCurrency()
    {
        var quota = Quota.Create(Rep, new DateOnly(2027, 1, 1), Money.Create(1000m, "EUR").Value, Manager, Now).Value;

        var changed = quota.Change(Money.Create(800m, "USD").Value, Rep, Now.AddDays(1));
        var refused = quota.Change(Money.Create(-5m, "USD").Value, Rep, Now.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(changed.IsSuccess, Is.True);
            Assert.That(refused.Error?.Code, Is.EqualTo("quota.amount_invalid"));
            Assert.That((quota.AmountCents, quota.Currency, quota.UpdatedBy, quota.UpdatedAtUtc), Is.EqualTo((80_000L, "USD", Rep, Now.AddDays(1))), "a refused change leaves it as it was");
        });
    }
}
