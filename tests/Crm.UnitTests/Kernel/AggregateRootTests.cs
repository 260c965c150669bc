using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.UnitTests.Kernel;

/// <summary>The aggregate building block, exercised through a real aggregate (<see cref="Contact"/>).</summary>
internal sealed class AggregateRootTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Version_WhenNewAggregate_IsZero()
    {
        Assert.That(NewContact().Version, Is.Zero);
    }

    [Test]
    public void DomainEvents_WhenAggregateRaisedOne_ListsIt()
    {
        var contact = NewContact();

        Assert.That(contact.DomainEvents, Has.Count.EqualTo(1).And.All.InstanceOf<ContactCreated>());
    }

    [Test]
    public void ClearDomainEvents_WhenEventsRaised_EmptiesTheList()
    {
        var contact = NewContact();

        contact.ClearDomainEvents();

        Assert.That(contact.DomainEvents, Is.Empty);
    }

    private static Contact NewContact() => Contact.Create(ContactDetails.Create("Ada", "Lovelace", null, [], [], [], PostalAddress.None, LifecycleStage.Lead, null, []).Value, Owner, Now);
}
