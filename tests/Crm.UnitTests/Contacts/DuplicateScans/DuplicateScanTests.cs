using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class DuplicateScanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Test]
    public void TryLease_WhileAnotherWorkerHoldsIt_IsRefused()
    {
        var scan = DuplicateScan.Ask(Guid.NewGuid(), Now);
        Assert.That(scan.TryLease(Now, Now.AddMinutes(5)), Is.True);

        Assert.That(scan.TryLease(Now.AddMinutes(1), Now.AddMinutes(6)), Is.False);
    }

    [Test]
    public void TryLease_AfterTheLeaseRanOut_StartsAgainFromTheBeginning()
    {
        var scan = DuplicateScan.Ask(Guid.NewGuid(), Now);
        scan.TryLease(Now, Now.AddMinutes(5));
        var first = scan.LeaseToken!.Value;
        scan.Start(100);
        scan.Advance(DuplicateScanPhase.Companies, 100, Now.AddMinutes(5));

        Assert.That(scan.TryLease(Now.AddMinutes(6), Now.AddMinutes(11)), Is.True);
        Assert.That((scan.Status, scan.Phase, scan.Scanned, scan.IsHeldBy(first)), Is.EqualTo((DuplicateScanStatus.Running, DuplicateScanPhase.Names, 0, false)));
    }

    [Test]
    public void TryLease_WhenFinished_IsRefused_AndNoWorkerHoldsIt()
    {
        var scan = DuplicateScan.Ask(Guid.NewGuid(), Now);
        scan.TryLease(Now, Now.AddMinutes(5));
        var token = scan.LeaseToken!.Value;
        scan.Complete(3, Now.AddMinutes(1));

        Assert.That(scan.TryLease(Now.AddHours(1), Now.AddHours(2)), Is.False);
        Assert.That((scan.IsHeldBy(token), scan.GroupsFound, scan.LeasedUntilUtc), Is.EqualTo((false, 3, (DateTimeOffset?)null)));
    }
}
