using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Exports;

namespace Crm.UnitTests.Contacts.Exports;

internal sealed class ListExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Record_OfCompanies_RaisesCompaniesExported()
    {
        var user = Guid.CreateVersion7();

        var export = ListExport.Record(RecordKind.Company, user, "Csv", "filter=size:eq:micro", 12, Now);

        Assert.That(export.DomainEvents, Is.EqualTo(new[] { new CompaniesExported(export.Id, user, "Csv", "filter=size:eq:micro", 12, Now) }));
        Assert.That((export.Records, export.RecordCount), Is.EqualTo((RecordKind.Company, 12)));
    }

    [Test]
    public void Record_OfContacts_RaisesContactsExported()
    {
        var user = Guid.CreateVersion7();

        var export = ListExport.Record(RecordKind.Contact, user, "VCard", null, 3, Now);

        Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ContactsExported(export.Id, user, "VCard", null, 3, Now) }));
    }
}
