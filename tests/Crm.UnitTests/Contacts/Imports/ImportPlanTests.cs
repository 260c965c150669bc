using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Shared.Infrastructure.CustomFields;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Contacts.Imports;

/// <summary>What rows do: read through the mapping, then created, merged, skipped or failed by the policy.</summary>
internal sealed class ImportPlanTests
{
    private static readonly string[] Headers = ["Prénom", "Nom", "E-mail", "Téléphone", "Étape"];
    private static readonly PhoneNumberReader Phones = new(Options.Create(new ContactsOptions()));

    [Test]
    public void Read_WhenAValueIsWrong_ReportsItsColumn_AndLeavesTheRowOut()
    {
        var (row, problems) = Reader(DuplicatePolicy.Skip).Read(Row(2, "Jean", "Dupont", "pas-un-email", "12", "client"), Companies);

        Assert.Multiple(() =>
        {
            Assert.That(row, Is.Null);
            Assert.That(problems.Select(p => (p.Line, p.Column)), Is.EqualTo(new[] { (2, "E-mail"), (2, "Téléphone") }));
        });
    }

    [Test]
    public void Decide_WhenRowsShareAKey_MergesTheLaterIntoTheEarlier_WithTheUpdatePolicy()
    {
        var reader = Reader(DuplicatePolicy.Update);
        var rows = new[]
        {
            reader.Read(Row(2, "Jean", "Dupont", "jean@exemple.fr", "", ""), Companies),
            reader.Read(Row(3, "", "", "JEAN@exemple.fr", "06 12 34 56 78", "client"), Companies),
        };

        var decisions = ImportPlan.Decide(rows, Settings(DuplicatePolicy.Update), new Dictionary<string, Contact>());

        Assert.Multiple(() =>
        {
            Assert.That(decisions.Select(d => d.Action), Is.EqualTo(new[] { RowAction.Create, RowAction.Update }));
            Assert.That(decisions[0].Details!.FirstName, Is.EqualTo("Jean"));
            Assert.That(decisions[0].Details!.Phones.Single().Number, Is.EqualTo("+33612345678"));
            Assert.That(decisions[0].Details!.LifecycleStage, Is.EqualTo(LifecycleStage.Customer));
        });
    }

    [Test]
    public void Decide_WhenARowMatchesAStoredContact_SkipsIt_OrAddsToIt_ByThePolicy()
    {
        var stored = Contact.Create(ContactDetails.Create("Jean", "Dupont", "CEO", [ContactEmail.Create("jean@exemple.fr", null, true).Value], [], [], PostalAddress.None, LifecycleStage.Lead, null, ["vip"]).Value, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var matches = new Dictionary<string, Contact> { ["jean@exemple.fr"] = stored };
        var skip = Reader(DuplicatePolicy.Skip);
        var update = Reader(DuplicatePolicy.Update);

        var skipped = ImportPlan.Decide([skip.Read(Row(2, "", "", "jean@exemple.fr", "", ""), Companies)], Settings(DuplicatePolicy.Skip), matches);
        var updated = ImportPlan.Decide([update.Read(Row(2, "Jeannot", "", "jean@exemple.fr", "", "MQL"), Companies)], Settings(DuplicatePolicy.Update), matches);

        Assert.Multiple(() =>
        {
            Assert.That(skipped.Single().Action, Is.EqualTo(RowAction.Skip));
            Assert.That(updated.Single().Action, Is.EqualTo(RowAction.Update));
            Assert.That(updated.Single().Match, Is.SameAs(stored));
            Assert.That(updated.Single().Details!.FirstName, Is.EqualTo("Jeannot"));
            Assert.That(updated.Single().Details!.LastName, Is.EqualTo("Dupont"), "a blank cell leaves the value");
            Assert.That(updated.Single().Details!.JobTitle, Is.EqualTo("CEO"));
            Assert.That(updated.Single().Details!.LifecycleStage, Is.EqualTo(LifecycleStage.MarketingQualified));
        });
    }

    [Test]
    public void Decide_WhenARowWithoutNameMatchesNothing_FailsOnTheNameColumn()
    {
        var decisions = ImportPlan.Decide([Reader(DuplicatePolicy.Skip).Read(Row(7, "", "", "new@exemple.fr", "", ""), Companies)], Settings(DuplicatePolicy.Skip), new Dictionary<string, Contact>());

        Assert.Multiple(() =>
        {
            Assert.That(decisions.Single().Action, Is.EqualTo(RowAction.Fail));
            Assert.That(decisions.Single().Problems.Single().Column, Is.EqualTo("Nom"));
        });
    }

    [Test]
    public void Decide_WithCreateAnyway_CreatesEveryRow()
    {
        var reader = Reader(DuplicatePolicy.CreateAnyway);
        var rows = new[] { reader.Read(Row(2, "A", "B", "x@exemple.fr", "", ""), Companies), reader.Read(Row(3, "A", "B", "x@exemple.fr", "", ""), Companies) };

        var decisions = ImportPlan.Decide(rows, Settings(DuplicatePolicy.CreateAnyway), new Dictionary<string, Contact>());

        Assert.That(decisions.Select(d => d.Action), Is.EqualTo(new[] { RowAction.Create, RowAction.Create }));
    }

    [Test]
    public void Settings_WhenTheMatchKeyHasNoColumn_IsRefused_UnlessEveryRowIsCreated()
    {
        IReadOnlyList<ColumnMapping> columns = [new(1, ImportField.LastName)];

        Assert.Multiple(() =>
        {
            Assert.That(ImportSettings.Create(columns, 5, DuplicatePolicy.Skip, MatchKey.Phone).Error?.Code, Is.EqualTo("import.match_key_unmapped"));
            Assert.That(ImportSettings.Create(columns, 5, DuplicatePolicy.CreateAnyway, MatchKey.Phone).IsSuccess, Is.True);
        });
    }

    private static readonly Dictionary<string, CompanyId> Companies = [];

    private static ImportSettings Settings(DuplicatePolicy policy) =>
        ImportSettings.Create(
            [new(0, ImportField.FirstName), new(1, ImportField.LastName), new(2, ImportField.Email), new(3, ImportField.Phone), new(4, ImportField.LifecycleStage)],
            Headers.Length, policy, MatchKey.Email).Value;

    private static ImportRowReader Reader(DuplicatePolicy policy) => new(Phones, new CustomFieldValueReader(Phones.ToE164), [], Headers, Settings(policy));

    private static ImportRow Row(int line, params string[] values) => new(line, values);
}
