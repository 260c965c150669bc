using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Merges;

namespace Crm.UnitTests.Contacts.Merges;

internal sealed class CompanyMergeTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 15, 30, 123, TimeSpan.Zero);
    private static readonly CompanyId Kept = CompanyId.New();
    private static readonly CompanyId Merged = CompanyId.New();
    private static readonly CompanyId Other = CompanyId.New();

    [Test]
    public void Record_RaisesCompaniesMerged_WithTheKeptAndMergedIds()
    {
        var merge = Record();

        var merged = (CompaniesMerged)merge.DomainEvents.Single();
        Assert.That((merged.MergeId, merged.TargetId, merged.SourceIds.Single(), merged.OccurredAtUtc), Is.EqualTo((merge.Id, Kept.Value, Merged.Value, Now)));
    }

    [Test]
    public void Undo_WithinThirtyDaysAndTheKeptCompanyUnchanged_RaisesCompaniesMergeUndone()
    {
        var merge = Record();

        var undone = merge.Undo(Now, Now.AddDays(30));
        var raised = (CompaniesMergeUndone)merge.DomainEvents.Last();

        Assert.Multiple(() =>
        {
            Assert.That(undone.IsSuccess, Is.True);
            Assert.That(merge.UndoneAtUtc, Is.EqualTo(Now.AddDays(30)));
            Assert.That((raised.MergeId, raised.TargetId, raised.SourceIds.Single(), raised.OccurredAtUtc), Is.EqualTo((merge.Id, Kept.Value, Merged.Value, Now.AddDays(30))));
            Assert.That(merge.Undo(null, Now.AddDays(30)).Error!.Code, Is.EqualTo("merge.already_undone"));
        });
    }

    [Test]
    public void Undo_AfterThirtyDaysOrAChangeOfTheKeptCompany_IsRefused()
    {
        var merge = Record();

        Assert.Multiple(() =>
        {
            Assert.That(merge.Undo(null, Now.AddDays(30).AddMilliseconds(1)).Error!.Code, Is.EqualTo("merge.too_old"));
            Assert.That(merge.Undo(Now.AddMilliseconds(1), Now.AddDays(1)).Error!.Code, Is.EqualTo("merge.target_changed"));
            Assert.That(merge.Undo(Now.AddMilliseconds(1), Now.AddDays(1)).Error!.Message, Does.Contain("kept company"));
            Assert.That(merge.UndoneAtUtc, Is.Null);
        });
    }

    [Test]
    public void RepointCompanies_WhenLinkedToTheKeptAndAMergedCompany_KeepsOneLinkWithTheKeptRole()
    {
        var contact = Linked(Link(Other, "Board", false), Link(Merged, "Buyer", true), Link(Kept, "CEO", false));

        contact.RepointCompanies(new HashSet<CompanyId> { Merged }, Kept);

        Assert.That(contact.Companies, Is.EqualTo(new[] { Link(Other, "Board", false), Link(Kept, "CEO", true) }));
    }

    [Test]
    public void RepointCompanies_WhenLinkedToAMergedCompanyOnly_MovesTheLinkWithItsRole()
    {
        var contact = Linked(Link(Merged, "Buyer", true), Link(Other, "Board", false));

        contact.RepointCompanies(new HashSet<CompanyId> { Merged }, Kept);

        Assert.That(contact.Companies, Is.EqualTo(new[] { Link(Kept, "Buyer", true), Link(Other, "Board", false) }));
    }

    [Test]
    public void RestoreCompanyLinks_PutsBackTheLinksToTheMergedCompanies_AndLeavesTheOthers()
    {
        var contact = Linked(Link(Other, "Board", false), Link(Kept, "CEO", true));

        contact.RestoreCompanyLinks(new HashSet<CompanyId> { Kept, Merged }, [Link(Merged, "Buyer", true), Link(Kept, "CEO", false)]);

        Assert.That(contact.Companies, Is.EqualTo(new[] { Link(Other, "Board", false), Link(Merged, "Buyer", true), Link(Kept, "CEO", false) }));
    }

    private static CompanyMerge Record() =>
        CompanyMerge.Record(Kept.Value, [Merged.Value], "{}", [], [], [], Guid.CreateVersion7(), Now);

    private static ContactCompany Link(CompanyId company, string role, bool isPrimary) => ContactCompany.Create(company, role, isPrimary).Value;

    private static Contact Linked(params ContactCompany[] links)
    {
        var details = ContactDetails.Create("Ada", "Lovelace", null, [], [], links, PostalAddress.None, LifecycleStage.Lead, null, []).Value;
        return Contact.Create(details, Guid.CreateVersion7(), Now);
    }
}
