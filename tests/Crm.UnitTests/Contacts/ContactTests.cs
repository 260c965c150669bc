using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.UnitTests.Contacts;

internal sealed class ContactTests
{
    // 10:15:30.1234567 at +02:00: not UTC and finer than a millisecond.
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 5, 4, 10, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4_567);
    private static readonly DateTimeOffset NowStored = new(2026, 5, 4, 8, 15, 30, 123, TimeSpan.Zero);

    [Test]
    public void Create_WhenValid_CopiesTheDetails()
    {
        var contact = Contact.Create(Details(tags: ["vip"]), Owner, Now);

        Assert.Multiple(() =>
        {
            Assert.That(contact.FirstName, Is.EqualTo("Ada"));
            Assert.That(contact.LastName, Is.EqualTo("Lovelace"));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(contact.PrimaryPhone, Is.Null);
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip" }));
            Assert.That(contact.LifecycleStage, Is.EqualTo(LifecycleStage.Lead));
            Assert.That(contact.OwnerId, Is.EqualTo(Owner));
        });
    }

    [Test]
    public void Create_WhenValid_StoresCreatedTimeAtStoredPrecisionAndNoUpdate()
    {
        var contact = Contact.Create(Details(), Owner, Now);

        Assert.Multiple(() =>
        {
            Assert.That(contact.CreatedAtUtc, Is.EqualTo(NowStored));
            Assert.That(contact.CreatedAtUtc.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(contact.CreatedAtUtc.Ticks % TimeSpan.TicksPerMillisecond, Is.Zero);
            Assert.That(contact.UpdatedAtUtc, Is.Null);
            Assert.That(contact.Id.Value, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public void Create_WhenValid_RaisesOneContactCreatedWithOwnerAndStoredTime()
    {
        var contact = Contact.Create(Details(), Owner, Now);

        Assert.That(contact.DomainEvents, Has.Count.EqualTo(1));
        Assert.That(contact.DomainEvents.Single(), Is.EqualTo(new ContactCreated(contact.Id, Owner, NowStored)));
    }

    [Test]
    public void Create_WhenCalledTwice_GivesDistinctIds()
    {
        var first = Contact.Create(Details(), Owner, Now);
        var second = Contact.Create(Details(), Owner, Now);

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public void Update_WhenPhonesAndTagsChange_RaisesContactUpdatedListingOnlyThem()
    {
        var contact = CreatedContact();
        var phone = ContactPhone.Create(PhoneNumber.FromE164("+33612345678").Value, "mobile", isPrimary: false).Value;

        contact.Update(Details(phones: [phone], tags: ["vip"]), Now.AddMinutes(5).AddTicks(42));

        var updated = contact.DomainEvents.Single() as ContactUpdated;
        Assert.That(updated, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(updated!.ContactId, Is.EqualTo(contact.Id));
            Assert.That(updated.ChangedFields, Is.EqualTo(new[] { "phones", "tags" }));
            Assert.That(updated.OccurredAtUtc, Is.EqualTo(NowStored.AddMinutes(5)));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+33612345678"));
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip" }));
            Assert.That(contact.UpdatedAtUtc, Is.EqualTo(NowStored.AddMinutes(5)));
            Assert.That(contact.CreatedAtUtc, Is.EqualTo(NowStored));
        });
    }

    [Test]
    public void Update_WhenEveryFieldChanges_ListsThemAllInCamelCase()
    {
        var contact = CreatedContact();
        var email = ContactEmail.Create("grace@example.com", null, isPrimary: true).Value;
        var phone = ContactPhone.Create(PhoneNumber.FromE164("+3225551212").Value, null, isPrimary: true).Value;
        var address = PostalAddress.Create(null, null, "Brussels", null, "BE").Value;
        var details = ContactDetails.Create("Grace", "Hopper", "Admiral", [email], [phone], [], address, LifecycleStage.Customer, "event", ["navy"]).Value;

        contact.Update(details, Now);

        var updated = (ContactUpdated)contact.DomainEvents.Single();
        Assert.That(updated.ChangedFields, Is.EqualTo(new[]
        {
            "firstName", "lastName", "jobTitle", "emails", "phones", "address", "lifecycleStage", "source", "tags",
        }));
    }

    [Test]
    public void Update_WhenNothingChanges_RaisesNothingAndKeepsUpdatedTime()
    {
        var contact = CreatedContact();

        contact.Update(Details(), Now.AddMinutes(5));

        Assert.Multiple(() =>
        {
            Assert.That(contact.DomainEvents, Is.Empty);
            Assert.That(contact.UpdatedAtUtc, Is.Null);
        });
    }

    [Test]
    public void AssignOwner_WhenAnotherOwner_RaisesContactOwnerChangedWithBothOwners()
    {
        var contact = CreatedContact();
        var newOwner = Guid.CreateVersion7();

        contact.AssignOwner(newOwner, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(contact.OwnerId, Is.EqualTo(newOwner));
            Assert.That(contact.UpdatedAtUtc, Is.EqualTo(NowStored.AddHours(1)));
            Assert.That(contact.DomainEvents.Single(), Is.EqualTo(new ContactOwnerChanged(contact.Id, Owner, newOwner, NowStored.AddHours(1))));
        });
    }

    [Test]
    public void AssignOwner_WhenSameOwner_RaisesNothing()
    {
        var contact = CreatedContact();

        contact.AssignOwner(Owner, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(contact.DomainEvents, Is.Empty);
            Assert.That(contact.UpdatedAtUtc, Is.Null);
        });
    }

    [Test]
    public void MarkDeleted_Always_RaisesContactDeletedAtStoredTime()
    {
        var contact = CreatedContact();

        contact.MarkDeleted(Now.AddDays(1));

        Assert.That(contact.DomainEvents.Single(), Is.EqualTo(new ContactDeleted(contact.Id, NowStored.AddDays(1))));
    }

    private static Contact CreatedContact()
    {
        var contact = Contact.Create(Details(), Owner, Now);
        contact.ClearDomainEvents();
        return contact;
    }

    private static ContactDetails Details(IReadOnlyList<ContactPhone>? phones = null, IReadOnlyList<string>? tags = null)
    {
        var email = ContactEmail.Create("ada@example.com", "work", isPrimary: false).Value;
        return ContactDetails.Create("Ada", "Lovelace", null, [email], phones ?? [], [], PostalAddress.None, LifecycleStage.Lead, null, tags ?? []).Value;
    }
}
