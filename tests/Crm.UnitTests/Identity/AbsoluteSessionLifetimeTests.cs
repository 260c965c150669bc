using Crm.Modules.Identity.Sessions;

namespace Crm.UnitTests.Identity;

internal sealed class AbsoluteSessionLifetimeTests
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    [TestCase(0, false)]
    [TestCase(11 * 60 + 59, false)]
    [TestCase(12 * 60, true)]
    [TestCase(30 * 60, true)]
    public void ASession_ExpiresTwelveHoursAfterSignIn(int minutesLater, bool expired)
    {
        var items = new Dictionary<string, string?> { [AbsoluteSessionLifetime.SignedInAtKey] = SignedInAt.ToString("O") };

        Assert.That(AbsoluteSessionLifetime.HasExpired(items, SignedInAt.AddMinutes(minutesLater), Lifetime), Is.EqualTo(expired));
    }

    [TestCase(null)]
    [TestCase("yesterday")]
    public void ASessionWithoutAReadableSignInTime_HasExpired(string? stamp)
    {
        var items = new Dictionary<string, string?>();
        if (stamp is not null)
        {
            items[AbsoluteSessionLifetime.SignedInAtKey] = stamp;
        }

        Assert.That(AbsoluteSessionLifetime.HasExpired(items, SignedInAt, Lifetime), Is.True);
    }
}
