using Crm.Modules.Contacts.Features.Search;

namespace Crm.UnitTests.Contacts.Search;

internal sealed class SearchScoreTests
{
    private const string Name = "dupont helene";
    private const string Text = "helene dupont helene.dupont@acme.fr";

    [Test]
    public void AQueryBeginningTheName_RanksAboveOneInsideTheText()
    {
        Assert.That(SearchScore.Of("dupont", Name, Text), Is.GreaterThan(SearchScore.Of("helene", Name, Text)));
    }

    [TestCase("dupomt")]
    [TestCase("dupnot")]
    [TestCase("hleene")]
    public void OneWrongOrSwappedLetter_StillAnswers(string query)
    {
        Assert.That(SearchScore.Of(query, Name, Text), Is.GreaterThanOrEqualTo(SearchScore.Threshold).And.LessThan(0.9));
    }

    [TestCase("durand")]
    [TestCase("martin")]
    public void AnotherName_DoesNotAnswer(string query)
    {
        Assert.That(SearchScore.Of(query, Name, Text), Is.LessThan(SearchScore.Threshold));
    }

    [Test]
    public void EveryWordOfTheQuery_MustAnswer()
    {
        Assert.That(SearchScore.Of("helene durand", Name, Text), Is.LessThan(SearchScore.Threshold));
    }
}
