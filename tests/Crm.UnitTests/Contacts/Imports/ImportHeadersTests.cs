using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Imports;

namespace Crm.UnitTests.Contacts.Imports;

internal sealed class ImportHeadersTests
{
    [Test]
    public void Suggest_WhenHeadersAreFrenchOutlookOnes_MapsThemToTheirFields()
    {
        string[] headers = ["Prénom", "Nom", "Adresse de messagerie", "Téléphone mobile", "Tél. (bureau)", "Société", "Code postal", "Ville", "Pays/Région", "Fonction", "Catégories", "Remarques"];

        var mapping = ImportHeaders.Suggest(headers);

        Assert.That(mapping.Select(m => (m.Column, m.Field)), Is.EqualTo(new[]
        {
            (0, ImportField.FirstName), (1, ImportField.LastName), (2, ImportField.Email), (3, ImportField.Mobile), (4, ImportField.Phone), (5, ImportField.Company),
            (6, ImportField.PostalCode), (7, ImportField.City), (8, ImportField.Country), (9, ImportField.JobTitle), (10, ImportField.Tags),
            (11, ImportField.Note),
        }), "Outlook's Remarques are its notes");
    }

    [Test]
    public void Suggest_WhenANameColumnStandsAlone_ReadsItAsTheWholeName()
    {
        var mapping = ImportHeaders.Suggest(["Nom", "Email"]);

        Assert.That(mapping.Select(m => m.Field), Is.EqualTo(new[] { ImportField.FullName, ImportField.Email }));
    }

    [Test]
    public void Suggest_WhenTwoColumnsMeanTheSameField_TakesTheFirstOnly()
    {
        var mapping = ImportHeaders.Suggest(["E-mail", "Courriel", "Phone"]);

        Assert.That(mapping.Select(m => (m.Column, m.Field)), Is.EqualTo(new[] { (0, ImportField.Email), (2, ImportField.Phone) }));
    }

    [Test]
    public void Signature_IgnoresCaseAccentsAndSpacing_ButNotTheOrder()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImportHeaders.Signature(["Prénom", "E-mail"]), Is.EqualTo(ImportHeaders.Signature(["PRENOM ", "e mail"])));
            Assert.That(ImportHeaders.Signature(["Prénom", "E-mail"]), Is.Not.EqualTo(ImportHeaders.Signature(["E-mail", "Prénom"])));
        });
    }

    [TestCase("Jean Dupont", "Jean", "Dupont")]
    [TestCase("DUPONT Jean", "Jean", "DUPONT")]
    [TestCase("Jean-Pierre DE LA TOUR", "Jean-Pierre", "DE LA TOUR")]
    [TestCase("Dupont, Jean", "Jean", "Dupont")]
    [TestCase("Madonna", null, "Madonna")]
    [TestCase("Anne Marie Martin", "Anne Marie", "Martin")]
    public void PersonName_Split_ReadsTheUsualOrders(string full, string? first, string last) =>
        Assert.That(PersonName.Split(full), Is.EqualTo((first, last)));

    [TestCase("France", "FR")]
    [TestCase("belgique", "BE")]
    [TestCase("Royaume-Uni", "GB")]
    [TestCase("Germany", "DE")]
    [TestCase("fr", "FR")]
    [TestCase("CHE", "CH")]
    [TestCase("Pays imaginaire", null)]
    public void CountryNames_CodeOf_ReadsCodesAndNames(string country, string? code) =>
        Assert.That(CountryNames.CodeOf(country), Is.EqualTo(code));

    [TestCase("Client", "Customer")]
    [TestCase("MQL", "MarketingQualified")]
    [TestCase("Prospect qualifié marketing", "MarketingQualified")]
    [TestCase("évangéliste", "Evangelist")]
    [TestCase("Lead", "Lead")]
    public void LifecycleStages_TryRead_ReadsFrenchAndEnglishNames(string text, string stage)
    {
        Assert.That(LifecycleStages.TryRead(text, out var read), Is.True);
        Assert.That(read.ToString(), Is.EqualTo(stage));
    }
}
