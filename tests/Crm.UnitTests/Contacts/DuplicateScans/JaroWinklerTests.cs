using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class JaroWinklerTests
{
    // The textbook values (Winkler, 1990).
    [TestCase("martha", "marhta", 0.961)]
    [TestCase("dwayne", "duane", 0.840)]
    [TestCase("dixon", "dicksonx", 0.813)]
    [TestCase("dupont", "dupond", 0.933)]
    public void Similarity_OfKnownPairs_IsTheTextbookValue(string a, string b, double expected)
    {
        Assert.That(JaroWinkler.Similarity(a, b), Is.EqualTo(expected).Within(0.0005));
        Assert.That(JaroWinkler.Similarity(b, a), Is.EqualTo(expected).Within(0.0005), "symmetric");
    }

    [TestCase("jean", "jean", 1.0)]
    [TestCase("abc", "xyz", 0.0)]
    [TestCase("", "", 1.0)]
    [TestCase("", "jean", 0.0)]
    public void Similarity_OfSameOrDisjointNames_IsOneOrZero(string a, string b, double expected) =>
        Assert.That(JaroWinkler.Similarity(a, b), Is.EqualTo(expected));
}
