using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class NameLikenessTests
{
    private static readonly Guid Danone = Guid.NewGuid();
    private static readonly Guid Renault = Guid.NewGuid();

    [Test]
    public void Of_WhenSameWholeNameWrittenOtherwise_IsSameNameAt08()
    {
        var likeness = NameLikeness.Of(Contact("Hélène", "Dupont"), Contact("helene", "DUPONT"));

        Assert.That(likeness, Is.EqualTo(new Likeness(0.8, LikenessReasons.SameName)));
    }

    [Test]
    public void Of_WhenSameWholeNameAtTheSameCompany_Is095()
    {
        var likeness = NameLikeness.Of(Contact("Jean", "Dupont", Danone), Contact("Jean", "Dupont", Renault, Danone));

        Assert.That(likeness, Is.EqualTo(new Likeness(0.95, LikenessReasons.SameName | LikenessReasons.SameCompany)));
    }

    [Test]
    public void Of_WhenLastNameHasATypoAtTheSameCompany_IsSimilarName()
    {
        var likeness = NameLikeness.Of(Contact("Jean", "Dupont", Danone), Contact("Jean", "Dupond", Danone));

        Assert.That(likeness, Is.EqualTo(new Likeness(0.92, LikenessReasons.SimilarName | LikenessReasons.SameCompany)));
    }

    [Test]
    public void Of_WhenFirstNameIsAnInitial_CountsOnlyWithACompany()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NameLikeness.Of(Contact("J.", "Dupont", Danone), Contact("Jean", "Dupont", Danone)), Is.EqualTo(new Likeness(0.89, LikenessReasons.SimilarName | LikenessReasons.SameCompany)));
            Assert.That(NameLikeness.Of(Contact("J.", "Dupont"), Contact("Jean", "Dupont")), Is.Null, "0.74 alone is under the threshold");
            Assert.That(NameLikeness.Of(Contact("P.", "Dupont", Danone), Contact("Jean", "Dupont", Danone)), Is.Null, "another initial");
        });
    }

    [Test]
    public void Of_WhenFirstNameHasATypo_IsSimilarNameEvenWithoutACompany() =>
        Assert.That(NameLikeness.Of(Contact("Jaen", "Dupont"), Contact("Jean", "Dupont")), Is.EqualTo(new Likeness(0.77, LikenessReasons.SimilarName)));

    [Test]
    public void Of_WhenNamesakesHaveTheirOwnEmailAndPhone_IsNothingUnlessTheyShareACompany()
    {
        var jean = Contact("Jean", "Dupont", "jean.dupont@orange.fr", "+33612345678", Danone);
        var namesake = Contact("Jean", "Dupont", "jdupont@free.fr", "+33698765432", Danone);

        Assert.Multiple(() =>
        {
            Assert.That(NameLikeness.Of(jean with { CompanyIds = [] }, namesake with { CompanyIds = [] }), Is.Null, "0.8 less two conflicts is 0.7");
            Assert.That(NameLikeness.Of(jean, namesake), Is.EqualTo(new Likeness(0.85, LikenessReasons.SameName | LikenessReasons.SameCompany)));
            Assert.That(NameLikeness.Of(jean with { CompanyIds = [] }, namesake with { CompanyIds = [], Phone = null }), Is.EqualTo(new Likeness(0.75, LikenessReasons.SameName)), "an email apart only");
            Assert.That(NameLikeness.Of(jean with { CompanyIds = [] }, namesake with { CompanyIds = [], Phone = jean.Phone }), Is.EqualTo(new Likeness(0.75, LikenessReasons.SameName)), "the same phone is no conflict");
        });
    }

    [TestCase("Marie", "Marie", true)]
    [TestCase("Marie", "M.", true)]
    [TestCase("Marie", "", true)]
    [TestCase("Marie", "Paul", false)]
    public void MayShareNumber_WhenTheyAloneHoldIt_AsksFirstNamesThatAgree(string first, string other, bool may) =>
        Assert.That(NameLikeness.MayShareNumber(Contact(first, "Curie"), Contact(other, "Sklodowska"), theyAloneHoldIt: true), Is.EqualTo(may));

    [TestCase("Marie", "Curie", false)]
    [TestCase("Marie", "Sklodowska", true)]
    public void MayShareNumber_WhenOthersHoldItToo_AsksNamesakes(string first, string last, bool may) =>
        Assert.That(NameLikeness.MayShareNumber(Contact(first, last), Contact("Marie", "Sklodowska"), theyAloneHoldIt: false), Is.EqualTo(may));

    [TestCase("Jean", "Dupont", "Jean", "Martin")]
    [TestCase("Jean", "Dupont", "Paul", "Dupont")]
    [TestCase("Jean", "Dupont", "Jean", "Durand")]
    [TestCase("", "Dupont", "", "Dupont")]
    [TestCase("Jean", "", "Jean", "")]
    public void Of_WhenUnrelatedOrNameMissing_IsNothing(string first1, string last1, string first2, string last2) =>
        Assert.That(NameLikeness.Of(Contact(first1, last1, Danone), Contact(first2, last2, Danone)), Is.Null);

    private static ScannedContact Contact(string first, string last, params Guid[] companies) => ScannedContact.Of(Guid.NewGuid(), first, last, companies);

    private static ScannedContact Contact(string first, string last, string email, string phone, params Guid[] companies) =>
        ScannedContact.Of(Guid.NewGuid(), first, last, companies, email, phone);
}
