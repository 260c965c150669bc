using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class ComparisonWindowTests
{
    [Test]
    public void Add_WhenTheSameNameComesAgain_PairsItWithTheEarlierOnes()
    {
        var window = new ComparisonWindow(10);
        var first = Contact("Jean", "Dupont");

        Assert.That(window.Add(first, "dupont"), Is.Empty);
        var pairs = window.Add(Contact("Jean", "Dupont"), "dupont");

        Assert.That(pairs.Select(p => p.Other), Is.EqualTo(new[] { first }));
    }

    [Test]
    public void Add_WhenTheBlockChanges_ForgetsTheEarlierBlock()
    {
        var window = new ComparisonWindow(10);
        window.Add(Contact("Jean", "Dupont"), "dupont");

        Assert.That(window.Add(Contact("Jean", "Dupont"), "durand"), Is.Empty);
    }

    [Test]
    public void Add_InALargeBlock_ComparesWithTheLastWindowOnly()
    {
        var window = new ComparisonWindow(2);
        var oldest = Contact("Jean", "Martin");
        window.Add(oldest, "martin");
        window.Add(Contact("Jeanne", "Martin"), "martin");
        window.Add(Contact("Jeannot", "Martin"), "martin");

        var pairs = window.Add(Contact("Jean", "Martin"), "martin");

        Assert.That(pairs.Select(p => p.Other), Does.Not.Contain(oldest), "out of the window");
        Assert.That(pairs, Has.Count.LessThanOrEqualTo(2));
    }

    [Test]
    public void Add_WhenFirstNamesBeginOtherwise_DoesNotCompare()
    {
        var window = new ComparisonWindow(10);
        window.Add(Contact("Yann", "Dupont"), "dupont");

        Assert.That(window.Add(Contact("Jann", "Dupont"), "dupont"), Is.Empty);
    }

    private static ScannedContact Contact(string first, string last) => ScannedContact.Of(Guid.NewGuid(), first, last, []);
}
